# Compiler settings every WedSync target links through `wedsync_settings`.
add_library(wedsync_settings INTERFACE)
add_library(WedSync::settings ALIAS wedsync_settings)

target_compile_options(wedsync_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough)
if(WEDSYNC_WERROR)
    target_compile_options(wedsync_settings INTERFACE -Werror)
endif()

# Strict Qt: no implicit conversions from char* or to QUrl, QStringBuilder everywhere.
# QT_NO_CONTEXTLESS_CONNECT only takes effect from Qt 6.7; we keep it so that newer Qt
# enforces what our code already does (every connect names a context object).
target_compile_definitions(wedsync_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(WEDSYNC_SANITIZE)
    set(_wedsync_san -fsanitize=address,undefined -fno-omit-frame-pointer
                     -fno-sanitize-recover=undefined)
    target_compile_options(wedsync_settings INTERFACE ${_wedsync_san})
    target_link_options(wedsync_settings INTERFACE ${_wedsync_san})
endif()

# ThreadSanitizer cannot share a program with AddressSanitizer.
if(WEDSYNC_TSAN)
    if(WEDSYNC_SANITIZE)
        message(FATAL_ERROR "WEDSYNC_TSAN and WEDSYNC_SANITIZE exclude each other")
    endif()
    set(_wedsync_tsan -fsanitize=thread -fno-omit-frame-pointer)
    target_compile_options(wedsync_settings INTERFACE ${_wedsync_tsan})
    target_link_options(wedsync_settings INTERFACE ${_wedsync_tsan})
endif()

# libFuzzer: everything is instrumented for coverage and checked by ASan/UBSan; only the fuzz
# targets link the fuzzer's main (tests/fuzz).
if(WEDSYNC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "WEDSYNC_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++-14)")
    endif()
    set(_wedsync_fuzz -fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
    target_compile_options(wedsync_settings INTERFACE -fsanitize=fuzzer-no-link ${_wedsync_fuzz})
    target_link_options(wedsync_settings INTERFACE ${_wedsync_fuzz})
endif()
