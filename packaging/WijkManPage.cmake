# Writes the compressed manual page of one program with help2man, from its --help in English.
# For wijkmonitor-cli the page also gets a COMMANDS section with each command's --help, so
# `man wijkmonitor-cli` holds every command and every option.
# Run as: cmake -DHELP2MAN=… -DGZIP=… -DPROGRAM=<binary> -DNAME=<name> -DINCLUDE=<file.h2m>
#               -DVERSION=<version> -DOUTPUT=<page.1.gz> -P WijkManPage.cmake

# The page is the same on every machine: English, no user settings, no display.
set(ENV{WIJK_LANG} en)
set(ENV{WIJK_NO_SETTINGS} 1)
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)

get_filename_component(work "${OUTPUT}" DIRECTORY)
file(MAKE_DIRECTORY "${work}")
set(page "${work}/${NAME}.1")
set(commands_include "${work}/${NAME}-commands.h2m")

# roff: a backslash is \e, a leading dot or quote is protected, '-' is a minus sign.
function(roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REPLACE "-" "\\-" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(includes --include=${INCLUDE})
if(NAME STREQUAL "wijkmonitor-cli")
    execute_process(COMMAND "${PROGRAM}" --help OUTPUT_VARIABLE overview RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} --help failed (${result})")
    endif()
    # The overview lists one command per line: two spaces, the name, its summary.
    string(REGEX MATCHALL "\n  [a-z]+  [^\n]*" command_lines "${overview}")
    set(section "[COMMANDS]\n")
    set(count 0)
    foreach(line ${command_lines})
        string(REGEX REPLACE "^\n  ([a-z]+) .*" "\\1" command "${line}")
        execute_process(COMMAND "${PROGRAM}" ${command} --help
                        OUTPUT_VARIABLE help RESULT_VARIABLE result)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "${PROGRAM} ${command} --help failed (${result})")
        endif()
        roff_escape("${help}" help)
        string(APPEND section ".SS ${command}\n.nf\n${help}.fi\n")
        math(EXPR count "${count} + 1")
    endforeach()
    if(count EQUAL 0)
        message(FATAL_ERROR "${PROGRAM} --help lists no commands")
    endif()
    file(WRITE "${commands_include}" "${section}")
    list(APPEND includes --include=${commands_include})
endif()

execute_process(COMMAND "${HELP2MAN}" --no-info --section=1 --version-string=${VERSION}
                        --source=Wijkmonitor --manual=Wijkmonitor ${includes}
                        --output=${page} "${PROGRAM}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${PROGRAM} (${result})")
endif()
execute_process(COMMAND "${GZIP}" -9n --stdout "${page}" OUTPUT_FILE "${OUTPUT}"
                RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "gzip failed for ${page} (${result})")
endif()
