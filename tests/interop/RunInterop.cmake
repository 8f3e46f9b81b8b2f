# Runs tests/interop with `node --test`: takes Node.js (20 or newer) and npm from
# scripts/node-env (the system's when new enough, else the pinned Node that scripts/bootstrap
# installs into .tools/node/), installs the pinned packages with `npm ci` when node_modules is
# missing or older than the lockfile, and fails when a test fails, is skipped or is left as todo.
# Usage: cmake -DSOURCE_DIR=<tests/interop> [-DINSTALL_ONLY=ON] [-DDATABASE=postgresql]
#              -P RunInterop.cmake
# INSTALL_ONLY: only make node_modules current (the setup of the tests that use them).
# DATABASE=postgresql: every server of the tests on a database of its own, made on the cluster
# WEDSYNC_TEST_DATABASE_URL names (the one ./scripts/test starts); fails without it.
cmake_minimum_required(VERSION 3.25)

# Every node and npm runs through scripts/node-env, which puts the chosen Node first on PATH.
get_filename_component(root "${SOURCE_DIR}/../.." ABSOLUTE)
set(node_env "${root}/scripts/node-env" --)
execute_process(COMMAND ${node_env} node --version
                OUTPUT_VARIABLE node_version ERROR_VARIABLE node_env_error RESULT_VARIABLE node_env_result
                OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT node_env_result EQUAL 0)
    message(FATAL_ERROR "interop: ${node_env_error}")
endif()
string(REGEX MATCH "^v([0-9]+)" _ "${node_version}")
if(NOT CMAKE_MATCH_1 OR CMAKE_MATCH_1 LESS 20)
    message(FATAL_ERROR "interop: Node.js 20 or newer is required, found ${node_version}.")
endif()
execute_process(COMMAND ${node_env} sh -c "command -v node; npm --version"
                OUTPUT_VARIABLE node_where RESULT_VARIABLE npm_result OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT npm_result EQUAL 0)
    message(FATAL_ERROR "interop: npm is required for the interop tests and was not found beside "
                        "Node.js. ./scripts/bootstrap installs it.")
endif()
string(REPLACE "\n" ", npm " node_where "${node_where}")
message(STATUS "interop: Node.js ${node_version} (${node_where})")

set(installed "${SOURCE_DIR}/node_modules/.package-lock.json")
if(NOT EXISTS "${installed}" OR "${SOURCE_DIR}/package-lock.json" IS_NEWER_THAN "${installed}")
    message(STATUS "interop: npm ci (pinned by package-lock.json)")
    execute_process(COMMAND ${node_env} npm ci --no-audit --no-fund
                    WORKING_DIRECTORY "${SOURCE_DIR}" RESULT_VARIABLE npm_result)
    if(NOT npm_result EQUAL 0)
        message(FATAL_ERROR "interop: npm ci failed (${npm_result}); the npm registry must be reachable.")
    endif()
endif()

if(INSTALL_ONLY)
    return()
endif()

if(DATABASE STREQUAL "postgresql")
    if(NOT DEFINED ENV{WEDSYNC_TEST_DATABASE_URL} OR "$ENV{WEDSYNC_TEST_DATABASE_URL}" STREQUAL "")
        message(FATAL_ERROR "interop: WEDSYNC_TEST_DATABASE_URL is not set: the PostgreSQL run "
                            "needs the throwaway cluster that ./scripts/test starts.")
    endif()
    set(ENV{WEDSYNC_INTEROP_POSTGRESQL_URL} "$ENV{WEDSYNC_TEST_DATABASE_URL}")
    message(STATUS "interop: on PostgreSQL, a database per server")
elseif(DEFINED DATABASE AND NOT DATABASE STREQUAL "sqlite")
    message(FATAL_ERROR "interop: DATABASE must be sqlite or postgresql, not ${DATABASE}")
endif()

file(GLOB tests RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/*.test.mjs")
if(NOT tests)
    message(FATAL_ERROR "interop: no *.test.mjs files in ${SOURCE_DIR}")
endif()
execute_process(COMMAND ${node_env} node --test --test-concurrency=1 --test-reporter=tap ${tests}
                WORKING_DIRECTORY "${SOURCE_DIR}"
                OUTPUT_VARIABLE output ERROR_VARIABLE output RESULT_VARIABLE node_result)
message("${output}")
if(NOT node_result EQUAL 0)
    message(FATAL_ERROR "interop: node --test failed (${node_result})")
endif()
# A skipped or todo test would pass unnoticed: refuse it.
string(REGEX MATCH "# skipped ([0-9]+)" _ "${output}")
if(NOT CMAKE_MATCH_1 STREQUAL "0")
    message(FATAL_ERROR "interop: tests were skipped (${CMAKE_MATCH_1}); none may be")
endif()
string(REGEX MATCH "# todo ([0-9]+)" _ "${output}")
if(NOT CMAKE_MATCH_1 STREQUAL "0")
    message(FATAL_ERROR "interop: tests were left as todo (${CMAKE_MATCH_1})")
endif()
string(REGEX MATCH "# pass ([0-9]+)" _ "${output}")
if(NOT CMAKE_MATCH_1 OR CMAKE_MATCH_1 EQUAL 0)
    message(FATAL_ERROR "interop: no test passed")
endif()
