# Fails when a library includes something from a library above it:
#   analysis <- maps <- widgets <- app
# The include paths already make most wrong-way includes a compile error; this also catches
# relative paths ("../widgets/x.h") and toolkit headers a lower layer must not use.
# Run as: cmake -DROOT=<source dir> -P cmake/CheckLayering.cmake
set(violations "")

function(header_names folder out)
    file(GLOB_RECURSE headers RELATIVE "${ROOT}/${folder}" "${ROOT}/${folder}/*.h")
    set(${out} ${headers} PARENT_SCOPE)
endfunction()

function(check folder forbidden_regex)
    file(GLOB_RECURSE files "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(file ${files})
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line ${lines})
            if(line MATCHES "${forbidden_regex}" OR line MATCHES "\\.\\./")
                file(RELATIVE_PATH rel "${ROOT}" "${file}")
                list(APPEND violations "${rel}: ${line}")
            endif()
        endforeach()
    endforeach()
    set(violations ${violations} PARENT_SCOPE)
endfunction()

function(names_regex folders out)
    set(parts "")
    foreach(folder ${folders})
        header_names(${folder} names)
        foreach(name ${names})
            string(REPLACE "." "\\." name "${name}")
            list(APPEND parts "[\"</]${name}[\">]")
        endforeach()
    endforeach()
    string(REPLACE ";" "|" regex "${parts}")
    if(regex STREQUAL "")
        set(regex "^$NEVER")
    endif()
    set(${out} "${regex}" PARENT_SCOPE)
endfunction()

names_regex("maps;widgets;app" above_analysis)
names_regex("widgets;app" above_maps)
names_regex("app" above_widgets)
check(analysis "<Qt(Gui|Widgets|Charts|Svg|PrintSupport)|<QWidget|<QPainter|<QImage|<qgs|${above_analysis}")
check(maps "<QtWidgets|<QtCharts|<QWidget|<QAbstractButton|qgsmapcanvas|${above_maps}")
check(widgets "${above_widgets}")

if(violations)
    string(REPLACE ";" "\n  " report "${violations}")
    message(FATAL_ERROR "Includes against the layering (analysis <- maps <- widgets <- app):\n  ${report}")
endif()
message(STATUS "Layering OK")
