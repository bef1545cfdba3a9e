# Helpers that keep the four code libraries uniform.
#
# Every library's sources are found by globbing its own folder, so adding a file never
# means editing a shared list. Each library puts only its own folder on the include path
# (PUBLIC), so a header is reachable only from the libraries that link the one owning it:
# analysis cannot see maps/ or widgets/, maps cannot see widgets/. That is what makes a
# wrong-way include a compile error instead of a convention (docs/architecture.md).

function(wijk_add_library name folder)
    file(GLOB_RECURSE sources CONFIGURE_DEPENDS
         "${folder}/*.cpp" "${folder}/*.h" "${folder}/*.qrc")
    add_library(${name} STATIC ${sources})
    target_include_directories(${name} PUBLIC "${folder}")
endfunction()

# One Qt Test executable per tests/<area>/test_<unit>.cpp, registered with CTest.
# Tests named test_cbs_* read the real CBS files and carry the label 'cbs'.
function(wijk_add_tests area)
    cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
    file(GLOB tests CONFIGURE_DEPENDS "${CMAKE_CURRENT_SOURCE_DIR}/${area}/test_*.cpp")
    foreach(src ${tests})
        get_filename_component(unit ${src} NAME_WE)
        set(target ${area}_${unit})
        add_executable(${target} ${src})
        target_link_libraries(${target} PRIVATE ${ARG_LIBS} Qt::Test wijk_test_support)
        add_test(NAME ${area}/${unit} COMMAND ${target})
        set(labels ${area})
        if(unit MATCHES "^test_cbs_")
            list(APPEND labels cbs)
        endif()
        set_tests_properties(${area}/${unit} PROPERTIES LABELS "${labels}" TIMEOUT 600
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;WIJK_NO_SETTINGS=1")
    endforeach()
endfunction()
