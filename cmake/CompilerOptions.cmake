# Warnings for every target of ours; -Werror in CI (CB_WERROR=ON).
add_library(cb_compiler_options INTERFACE)
target_compile_options(cb_compiler_options INTERFACE -Wall -Wextra -Wpedantic)
if(CB_WERROR)
  target_compile_options(cb_compiler_options INTERFACE -Werror)
endif()
# Keep Qt honest: no implicit const char* <-> QString conversions that hide encoding bugs.
target_compile_definitions(cb_compiler_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(CB_FUZZ)
  # Everything the fuzzers reach is instrumented for coverage and checked by ASan + UBSan.
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
elseif(CB_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Adds a static library of ours with the project's warnings and include root.
function(cb_add_library name)
  add_library(${name} STATIC ${ARGN})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR})
  target_link_libraries(${name} PRIVATE cb_compiler_options)
endfunction()
