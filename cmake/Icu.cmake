# SPDX-License-Identifier: MPL-2.0
# gongwen_icu: the ICU that everything links. By default the system's shared libraries. With
# GONGWEN_ICU_STATIC_DIR (made by packaging/build-icu.sh) a portable build: ICU's own code from
# static, position-independent archives and only the data items the extension uses
# (packaging/icu-data-items.txt, cut from the system's libicudata by packaging/icu-data.py),
# linked in under ICU's own symbol for its data. The whole test suite then runs on that subset,
# which is how a missing item shows.
set(GONGWEN_ICU_STATIC_DIR "" CACHE PATH
    "Static position-independent ICU archives (packaging/build-icu.sh); empty: the system's ICU")
set(GONGWEN_ICU_DATA_PACKAGE "" CACHE FILEPATH "A cut ICU data package (icudtNNl.dat) to link in as it is")
add_library(gongwen_icu INTERFACE)
if(NOT GONGWEN_ICU_STATIC_DIR)
  find_package(ICU REQUIRED COMPONENTS uc i18n data)
  target_link_libraries(gongwen_icu INTERFACE ICU::uc ICU::i18n)
  return()
endif()
# The system's ICU only for what the archives do not bring: its data library to cut the data
# from, its headers where build-icu.sh left none (a cross build has neither need).
if(NOT GONGWEN_ICU_DATA_PACKAGE OR NOT EXISTS "${GONGWEN_ICU_STATIC_DIR}/include/unicode/uvernum.h")
  find_package(ICU REQUIRED COMPONENTS uc i18n data)
endif()

foreach(archive libicui18n.a libicuuc.a)
  if(NOT EXISTS "${GONGWEN_ICU_STATIC_DIR}/lib/${archive}")
    message(FATAL_ERROR "${GONGWEN_ICU_STATIC_DIR}/lib/${archive} is missing: run packaging/build-icu.sh "
                        "${GONGWEN_ICU_STATIC_DIR}")
  endif()
endforeach()
# The archives' own headers and version (build-icu.sh copies them; the system's ICU may be
# another version, as in the Debian 11 build of packaging/build-bullseye.sh).
set(GONGWEN_ICU_INCLUDE "${GONGWEN_ICU_STATIC_DIR}/include")
if(NOT EXISTS "${GONGWEN_ICU_INCLUDE}/unicode/uvernum.h")
  set(GONGWEN_ICU_INCLUDE "${ICU_INCLUDE_DIRS}")
endif()
file(STRINGS "${GONGWEN_ICU_INCLUDE}/unicode/uvernum.h" major_line REGEX "#define U_ICU_VERSION_MAJOR_NUM ")
string(REGEX MATCH "[0-9]+" GONGWEN_ICU_MAJOR "${major_line}")
# The data: cut here from the system's data library of the same version, or, with
# GONGWEN_ICU_DATA_PACKAGE, a package cut elsewhere (build-bullseye.sh cuts it on the host, whose
# icupkg and data library are of the archives' version).
set(GONGWEN_ICU_DATA "${CMAKE_BINARY_DIR}/icu/icudt${GONGWEN_ICU_MAJOR}l.dat")
if(GONGWEN_ICU_DATA_PACKAGE)
  add_custom_command(
    OUTPUT "${GONGWEN_ICU_DATA}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/icu"
    COMMAND "${CMAKE_COMMAND}" -E copy "${GONGWEN_ICU_DATA_PACKAGE}" "${GONGWEN_ICU_DATA}"
    DEPENDS "${GONGWEN_ICU_DATA_PACKAGE}")
else()
  find_program(GONGWEN_ICUPKG icupkg PATHS /usr/sbin /usr/bin)
  if(NOT GONGWEN_ICUPKG)
    message(FATAL_ERROR "A portable build needs icupkg (Debian package icu-devtools)")
  endif()
  get_target_property(icu_data_library ICU::data IMPORTED_LOCATION)
  if(NOT icu_data_library)
    set(icu_data_library "${ICU_DATA_LIBRARY}")
  endif()
  get_filename_component(icu_data_library "${icu_data_library}" REALPATH)
  set(items "${PROJECT_SOURCE_DIR}/packaging/icu-data-items.txt")
  find_package(Python3 REQUIRED COMPONENTS Interpreter)
  # Built against the system's ICU, whose full data it needs (packaging/simplified-cjdict.cpp).
  add_executable(simplified-cjdict "${PROJECT_SOURCE_DIR}/packaging/simplified-cjdict.cpp")
  target_link_libraries(simplified-cjdict PRIVATE ICU::i18n ICU::uc)
  add_custom_command(
    OUTPUT "${GONGWEN_ICU_DATA}"
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${CMAKE_BINARY_DIR}/icu"
    COMMAND ${Python3_EXECUTABLE} "${PROJECT_SOURCE_DIR}/packaging/icu-data.py" "${icu_data_library}"
            "${items}" "${GONGWEN_ICU_DATA}" "$<TARGET_FILE:simplified-cjdict>"
    DEPENDS "${PROJECT_SOURCE_DIR}/packaging/icu-data.py" "${items}" "${icu_data_library}" simplified-cjdict
    COMMENT "Cutting the ICU data the extension uses out of ${icu_data_library}")
endif()
# The package goes into the library xz-compressed (packaging/icu-data-loader.cpp unpacks it when
# the library is loaded): 1.3 MB where the .oxt's deflate makes 1.8 MB of it.
find_program(GONGWEN_XZ xz)
find_library(GONGWEN_LZMA_STATIC NAMES liblzma.a)
find_path(GONGWEN_LZMA_INCLUDE lzma.h)
if(NOT GONGWEN_XZ OR NOT GONGWEN_LZMA_STATIC OR NOT GONGWEN_LZMA_INCLUDE)
  message(FATAL_ERROR "A portable build needs xz and liblzma.a (Debian packages xz-utils, liblzma-dev)")
endif()
set(GONGWEN_ICU_DATA_XZ "${GONGWEN_ICU_DATA}.xz")
add_custom_command(
  OUTPUT "${GONGWEN_ICU_DATA_XZ}"
  COMMAND "${GONGWEN_XZ}" -9e --check=crc32 --keep --force "${GONGWEN_ICU_DATA}"
  DEPENDS "${GONGWEN_ICU_DATA}"
  COMMENT "Compressing the ICU data")
set(loader "${PROJECT_SOURCE_DIR}/packaging/icu-data-loader.cpp")
set_source_files_properties("${loader}" PROPERTIES OBJECT_DEPENDS "${GONGWEN_ICU_DATA_XZ}")
# An archive after ICU's own: the linker takes the loader from it because libicuuc asks for the
# data symbol, which the loader defines.
add_library(gongwen_icu_data STATIC "${loader}")
target_compile_definitions(gongwen_icu_data PRIVATE
  "GONGWEN_ICU_DATA_SYMBOL=icudt${GONGWEN_ICU_MAJOR}_dat" "GONGWEN_ICU_DATA_XZ=\"${GONGWEN_ICU_DATA_XZ}\"")
target_include_directories(gongwen_icu_data PRIVATE "${GONGWEN_ICU_INCLUDE}" "${GONGWEN_LZMA_INCLUDE}")
target_link_libraries(gongwen_icu INTERFACE
  "${GONGWEN_ICU_STATIC_DIR}/lib/libicui18n.a" "${GONGWEN_ICU_STATIC_DIR}/lib/libicuuc.a" gongwen_icu_data
  "${GONGWEN_LZMA_STATIC}" ${CMAKE_DL_LIBS})
target_include_directories(gongwen_icu BEFORE INTERFACE "${GONGWEN_ICU_INCLUDE}")
set(GONGWEN_PORTABLE ON)
# A section per function and datum everywhere, so that the release library's link
# (--gc-sections) keeps only what is called.
add_compile_options(-ffunction-sections -fdata-sections)
