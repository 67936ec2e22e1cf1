# SPDX-License-Identifier: MPL-2.0
# CMake toolchain for the arm64 (aarch64) release library, used by packaging/build-arm64.sh:
# Debian's cross compiler; what runs during the build (the typo model's compiler, the dialog
# string escaper) and the unit tests run under qemu-user. Host tools and data (cppumaker, the
# LibreOffice SDK headers, the typo check's sources) are the build machine's; the libraries to
# link come from build-arm64.sh's arm64 sysroot.
set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR aarch64)
set(CMAKE_C_COMPILER aarch64-linux-gnu-gcc)
set(CMAKE_CXX_COMPILER aarch64-linux-gnu-g++)
set(CMAKE_OBJCOPY aarch64-linux-gnu-objcopy CACHE FILEPATH "")
set(CMAKE_STRIP aarch64-linux-gnu-strip CACHE FILEPATH "")
set(CMAKE_CROSSCOMPILING_EMULATOR qemu-aarch64 -L /usr/aarch64-linux-gnu)
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE NEVER)
