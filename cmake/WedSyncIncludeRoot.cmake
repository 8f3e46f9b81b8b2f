# wedsync_include_root(<target> <prefix>)
#
# Makes the calling folder's headers reachable as "<prefix>/Header.h" to <target> and to
# everything that links it, and nothing else: the target's public include directory is a
# folder in the build tree holding one link, <prefix> -> this source folder. A sub-library
# such as server/realtime is then included as "realtime/RealtimeHub.h" like the rest of the
# server, without opening the parent folder (and its other parts) to the sub-library's users.
function(wedsync_include_root target prefix)
    set(root "${PROJECT_BINARY_DIR}/include-roots/${target}")
    file(MAKE_DIRECTORY "${root}")
    if(NOT EXISTS "${root}/${prefix}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${root}/${prefix}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${root}")
endfunction()
