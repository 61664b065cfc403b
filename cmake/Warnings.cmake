# Every project target compiles with the same strict warnings (STYLE.md practice 7).
# CI turns them into errors with -DSTRIDE_WERROR=ON so a warning never lands.
option(STRIDE_WERROR "Treat compiler warnings as errors" OFF)

function(stride_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow)
    if(STRIDE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
