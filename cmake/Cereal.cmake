# cereal and rapidjson come from Debian (libcereal-dev, rapidjson-dev). emcc must never see /usr/include
# itself (it would pick up glibc headers), so for the web build we expose only those two header trees
# through a folder of symlinks in the build directory.
add_library(cereal_headers INTERFACE)
if(EMSCRIPTEN)
    set(_inc "${CMAKE_BINARY_DIR}/system-headers")
    file(MAKE_DIRECTORY "${_inc}")
    foreach(_lib cereal rapidjson)
        if(NOT EXISTS "/usr/include/${_lib}")
            message(FATAL_ERROR "/usr/include/${_lib} is missing: run scripts/setup.sh")
        endif()
        file(CREATE_LINK "/usr/include/${_lib}" "${_inc}/${_lib}" SYMBOLIC)
    endforeach()
    target_include_directories(cereal_headers SYSTEM INTERFACE "${_inc}")
endif()
