# SPDX-License-Identifier: GPL-3.0-or-later
# BOLI_FUZZ=ON: everything is compiled for libFuzzer (coverage) with AddressSanitizer, and only the
# fuzz targets in tests/fuzz are meant to be built. scripts/fuzz.sh configures this with clang-14.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "BOLI_FUZZ needs clang: configure with CXX=clang++-14 (see scripts/fuzz.sh)")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
add_link_options(-fsanitize=address)
