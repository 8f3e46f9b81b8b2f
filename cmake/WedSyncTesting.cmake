# wedsync_add_test(<name> LABEL <label> [LIBS <targets>...] [SOURCES <files>...]
#                  [ENVIRONMENT <VAR=value>...] [TIMEOUT <seconds>] [PER_BACKEND])
#
# PER_BACKEND: the test (its rows come from TestDatabase::addBackendRows) is registered twice,
# <name>_sqlite and <name>_postgresql, each on one database, so that CTest can run the halves
# of a long walk side by side.
#
# One line per test: builds <name> from <name>.cpp (plus SOURCES) in the calling folder,
# links Qt::Test and LIBS, and registers it with CTest under LABEL. Every test runs on the
# offscreen platform, so widget tests need no display.
function(wedsync_add_test name)
    # LABEL takes a list ("integration;pg"), so it is a multi-value keyword.
    cmake_parse_arguments(ARG "PER_BACKEND" "TIMEOUT" "LABEL;LIBS;SOURCES;ENVIRONMENT" ${ARGN})
    if(NOT ARG_LABEL)
        message(FATAL_ERROR "wedsync_add_test(${name}): LABEL is required")
    endif()
    qt_add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test wedsync_settings ${ARG_LIBS})
    # Each label's programs, so that a tree can build only some (the target tests_<label>).
    foreach(label ${ARG_LABEL})
        set_property(GLOBAL APPEND PROPERTY WEDSYNC_TESTS_${label} ${name})
    endforeach()
    set(env "QT_QPA_PLATFORM=offscreen" "WEDSYNC_SOURCE_DIR=${PROJECT_SOURCE_DIR}" ${ARG_ENVIRONMENT})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    if(ARG_PER_BACKEND)
        foreach(backend sqlite postgresql)
            add_test(NAME ${name}_${backend} COMMAND ${name})
            set_tests_properties(${name}_${backend} PROPERTIES LABELS "${ARG_LABEL}"
                TIMEOUT ${ARG_TIMEOUT} ENVIRONMENT "${env};WEDSYNC_TEST_BACKEND=${backend}"
                COST 1000)
        endforeach()
        return()
    endif()
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABEL}" TIMEOUT ${ARG_TIMEOUT}
                                            ENVIRONMENT "${env}")
endfunction()
