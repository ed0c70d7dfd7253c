# Fails when any C++ source differs from .clang-format. Fix with:
#   clang-format -i $(git ls-files '*.cpp' '*.h')
file(GLOB_RECURSE files ${ROOT}/app/*.cpp ${ROOT}/app/*.h ${ROOT}/core/*.cpp ${ROOT}/core/*.h
     ${ROOT}/ui/*.cpp ${ROOT}/ui/*.h ${ROOT}/tests/*.cpp ${ROOT}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${files}
                RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "clang-format differences (run clang-format -i on these):\n${err}")
endif()
message(STATUS "format_check: ${CMAKE_ARGC} files clean")
