# The fuzz build (cmake --preset fuzz; docs/fuzzing.md): clang's libFuzzer with AddressSanitizer and
# UndefinedBehaviorSanitizer on every library the targets link, so the fuzzer sees their coverage and any
# memory error or undefined behaviour stops it. Any report is a finding (-fno-sanitize-recover).
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "STRIDE_FUZZ needs clang (libFuzzer): use `cmake --preset fuzz` (scripts/fuzz.sh)")
endif()
set(_sanitizers "address,undefined")
add_compile_options(
    -fsanitize=fuzzer-no-link,${_sanitizers}
    -fno-sanitize-recover=all
    # Known false reports of third-party headers, each with its reason in the file.
    -fsanitize-ignorelist=${PROJECT_SOURCE_DIR}/tests/fuzz/ubsan-ignorelist.txt
    -fno-omit-frame-pointer
    -g)
add_link_options(-fsanitize=${_sanitizers})
