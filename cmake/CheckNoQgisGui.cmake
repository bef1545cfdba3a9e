# Fails when PROGRAM loads libqgis_gui, directly or through another library (ldd), and lists
# the QGIS libraries it does load. wijkmonitor-cli runs no window: it links neither qgis_gui
# nor the map canvas that needs it (docs/architecture.md).
# Run as: cmake -DPROGRAM=<executable> -P cmake/CheckNoQgisGui.cmake
execute_process(COMMAND ldd "${PROGRAM}" OUTPUT_VARIABLE libraries RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "ldd ${PROGRAM} failed")
endif()
string(REGEX MATCHALL "[^\n]*libqgis[^\n]*" qgis "${libraries}")
string(REPLACE ";" "\n" qgis "${qgis}")
message(STATUS "QGIS libraries of ${PROGRAM}:\n${qgis}")
if(libraries MATCHES "libqgis_gui")
    message(FATAL_ERROR "${PROGRAM} loads libqgis_gui")
endif()
