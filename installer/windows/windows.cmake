# SPDX-License-Identifier: GPL-3.0-or-later
# Windows packaging: an NSIS installer (and a .zip) holding boli-client and boli-server with the
# Qt and third-party DLLs beside them.
#
# NOT BUILT OR TESTED HERE: Boli is built and tested on Debian 12 only. This is the configuration a
# Windows build (MSVC 2019+, Qt 6.4 from the Qt installer, libsodium/libjwt/liboath/libqrencode and
# QCoro from vcpkg, NSIS 3 on PATH) starts from:
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH=C:/Qt/6.4.2/msvc2019_64
#         -DCMAKE_TOOLCHAIN_FILE=<vcpkg>/scripts/buildsystems/vcpkg.cmake
#   cmake --build build && cd build && cpack -G NSIS
# Expect to fix things the first time it is tried; say so when you do. What was checked on Linux:
# configuring with -DWIN32=ON -DBOLI_WINDEPLOYQT=/bin/true generates without errors (syntax and
# install() arguments only; nothing was compiled, deployed or packaged for Windows).

set(deploy_targets boli-server boli-client)

# Third-party DLLs (libsodium, libjwt, ...) the programs link: collected by CMake from the build's
# runtime dependencies, minus Windows' own and Qt's (windeployqt handles Qt).
install(TARGETS ${deploy_targets} RUNTIME_DEPENDENCY_SET boli_runtime
        RUNTIME DESTINATION bin COMPONENT windows_runtime)
# DLLs are found where Windows would find them: PATH (vcpkg's bin folder must be on it).
file(TO_CMAKE_PATH "$ENV{PATH}" path_dirs)
install(RUNTIME_DEPENDENCY_SET boli_runtime
        PRE_EXCLUDE_REGEXES "api-ms-.*" "ext-ms-.*" "Qt6.*"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll"
        DIRECTORIES ${path_dirs}
        RUNTIME DESTINATION bin COMPONENT windows_runtime)

# Qt's DLLs, plugins (sqldrivers, platforms, tls) and, for the client, the QML modules it imports.
find_program(BOLI_WINDEPLOYQT windeployqt HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" REQUIRED)
foreach(target IN LISTS deploy_targets)
    set(extra "")
    if(target STREQUAL "boli-client")
        set(extra "--qmldir \"${PROJECT_SOURCE_DIR}/qml\"")
    endif()
    install(CODE "
        execute_process(COMMAND \"${BOLI_WINDEPLOYQT}\" --release --no-translations --no-compiler-runtime
                ${extra} --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/${target}.exe\"
            COMMAND_ERROR_IS_FATAL ANY)"
        COMPONENT windows_runtime)
endforeach()

# The MSVC runtime DLLs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT windows_runtime)
include(InstallRequiredSystemLibraries)

install(FILES ${PROJECT_SOURCE_DIR}/installer/linux/boli.ini DESTINATION etc RENAME boli.ini.example
        COMPONENT windows_runtime)
install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/boli.svg DESTINATION share COMPONENT windows_runtime)

set(CPACK_PACKAGE_NAME Boli)
set(CPACK_PACKAGE_VENDOR "Boli")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Boli")
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_COMPONENTS_ALL server client windows_runtime)
set(CPACK_COMPONENT_WINDOWS_RUNTIME_HIDDEN ON)
set(CPACK_COMPONENT_WINDOWS_RUNTIME_REQUIRED ON)
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "Boli client")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Boli server")
set(CPACK_COMPONENT_SERVER_DISABLED ON) # most Windows machines are trader desktops
set(CPACK_NSIS_DISPLAY_NAME "Boli")
set(CPACK_NSIS_PACKAGE_NAME "Boli ${PROJECT_VERSION}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_PACKAGE_EXECUTABLES "boli-client" "Boli")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\boli-client.exe")
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
include(CPack)
