# One INTERFACE target carries the language standard, warnings and strict Qt defines;
# every target of the project links it (after qBittorrent's CommonConfig.cmake).
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${CCACHE_PROGRAM}")
endif()

add_library(creditloop_settings INTERFACE)
target_compile_definitions(creditloop_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    # Chinese string literals in the sources are UTF-8.
    target_compile_options(creditloop_settings INTERFACE /utf-8 /W4 /permissive-)
else()
    target_compile_options(creditloop_settings INTERFACE -Wall -Wextra -Wpedantic)
endif()
