# SPDX-License-Identifier: MPL-2.0
# Locates the LibreOffice SDK (Debian's libreoffice-dev) and the office's type libraries.
set(LO_PROGRAM_DIR "/usr/lib/libreoffice/program" CACHE PATH "LibreOffice program folder")
set(LO_SDK_DIR "/usr/lib/libreoffice/sdk" CACHE PATH "LibreOffice SDK folder")
set(LO_INCLUDE_DIR "/usr/include/libreoffice" CACHE PATH "LibreOffice SDK headers")

# An SDK without unoidl-write (LibreOffice 7.0's, in packaging/build-bullseye.sh) uses the type
# library another build made from idl/.
set(GONGWEN_PREBUILT_RDB "" CACHE FILEPATH "gongwen.rdb made by another build (no unoidl-write here)")
if(NOT GONGWEN_PREBUILT_RDB)
  find_program(LO_UNOIDL_WRITE unoidl-write HINTS "${LO_SDK_DIR}/bin" REQUIRED)
endif()
find_program(LO_CPPUMAKER cppumaker HINTS "${LO_SDK_DIR}/bin" REQUIRED)
set(LO_TYPES_RDB "${LO_PROGRAM_DIR}/types.rdb")
set(LO_OFFAPI_RDB "${LO_PROGRAM_DIR}/types/offapi.rdb")
foreach(f IN ITEMS "${LO_TYPES_RDB}" "${LO_OFFAPI_RDB}" "${LO_INCLUDE_DIR}/sal/config.h")
  if(NOT EXISTS "${f}")
    message(FATAL_ERROR "LibreOffice SDK file missing: ${f} (install libreoffice-dev)")
  endif()
endforeach()

foreach(lib cppuhelpergcc3 salhelpergcc3 cppu sal)
  find_library(LO_LIB_${lib} uno_${lib} HINTS "${LO_SDK_DIR}/lib" REQUIRED NO_DEFAULT_PATH)
endforeach()

add_library(lo_sdk INTERFACE)
target_compile_definitions(lo_sdk INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_include_directories(lo_sdk SYSTEM INTERFACE "${LO_INCLUDE_DIR}")
target_link_libraries(lo_sdk INTERFACE ${LO_LIB_cppuhelpergcc3} ${LO_LIB_salhelpergcc3} ${LO_LIB_cppu} ${LO_LIB_sal})
