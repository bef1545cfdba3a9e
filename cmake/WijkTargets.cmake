# Helpers that keep the code libraries uniform.
#
# Every library's sources are found by globbing its own folder, so adding a file never
# means editing a shared list. Each library puts only its own root folder on the include path
# (PUBLIC), so a header is reachable only from the libraries that link the one owning it:
# analysis cannot see maps/ or widgets/, maps cannot see widgets/. That is what makes a
# wrong-way include a compile error instead of a convention (docs/architecture.md). Libraries
# that share a root (widgets/ and widgets/map/; the three libraries of app/) are kept apart by
# the layering test (cmake/CheckLayering.cmake).
#
# wijk_add_library(<name> <folder> [INCLUDE_ROOT <dir>] [NO_RECURSE] [EXCLUDE <entry>...])
#   <folder>      the sources: every .cpp/.h/.qrc below it (only in it with NO_RECURSE)
#   INCLUDE_ROOT  what goes on the include path (default <folder>): includes are written
#                 relative to it, e.g. "charts/trend_chart.h" below widgets/
#   EXCLUDE       subfolders or files of <folder> that belong to another library
function(wijk_add_library name folder)
    cmake_parse_arguments(ARG "NO_RECURSE" "INCLUDE_ROOT" "EXCLUDE" ${ARGN})
    set(glob GLOB_RECURSE)
    if(ARG_NO_RECURSE)
        set(glob GLOB)
    endif()
    file(${glob} sources CONFIGURE_DEPENDS "${folder}/*.cpp" "${folder}/*.h" "${folder}/*.qrc")
    foreach(entry ${ARG_EXCLUDE})
        string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" pattern "${folder}/${entry}")
        list(FILTER sources EXCLUDE REGEX "^${pattern}(/|$)")
    endforeach()
    add_library(${name} STATIC ${sources})
    if(NOT ARG_INCLUDE_ROOT)
        set(ARG_INCLUDE_ROOT "${folder}")
    endif()
    target_include_directories(${name} PUBLIC "${ARG_INCLUDE_ROOT}")
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
        # test_pg_*: against the PostgreSQL cluster of scripts/with-postgres.sh (WIJK_TEST_PG_URI).
        if(unit MATCHES "^test_pg_")
            list(APPEND labels postgres)
        endif()
        set_tests_properties(${area}/${unit} PROPERTIES LABELS "${labels}" TIMEOUT 600
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;WIJK_NO_SETTINGS=1")
    endforeach()
endfunction()

# wijk_test_both_backends(<area> <unit>...): the units' test cases run against both workspace
# back-ends (tests/common/test_workspace_location.h): `<area>/<unit>` on a GeoPackage file
# (WIJK_TEST_BACKEND=sqlite) and `<area>/<unit>_pg` on a team workspace in the PostgreSQL
# cluster of scripts/with-postgres.sh (WIJK_TEST_BACKEND=postgres, label postgres).
function(wijk_test_both_backends area)
    foreach(unit ${ARGN})
        set(name ${area}/${unit})
        get_test_property(${name} LABELS labels)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT WIJK_TEST_BACKEND=sqlite)
        add_test(NAME ${name}_pg COMMAND ${area}_${unit})
        set_tests_properties(${name}_pg PROPERTIES LABELS "${labels};postgres" TIMEOUT 600
            ENVIRONMENT
            "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;WIJK_NO_SETTINGS=1;WIJK_TEST_BACKEND=postgres")
    endforeach()
endfunction()
