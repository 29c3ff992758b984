# Installation layout and packages (CPack). Linux: DEB, RPM and TGZ, with the desktop entry,
# AppStream metainfo, the MIME type of .cwproj projects and the icon in the hicolor sizes.
# Windows (NSIS) and macOS (bundle + DMG) are configured here too but cannot be built on this
# project's Linux machines: README.md, "Packages", says how to build them and what is untried.
include(GNUInstallDirs)

set(CW_APP_ID "org.clausewright.Clausewright")
if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${CW_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/${CW_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/linux/clausewright-mime.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME clausewright.xml)
    foreach(size 16 24 32 48 64 128 256 512)
        install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/clausewright-${size}.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME clausewright.png)
    endforeach()
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/icons/clausewright.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

set(CPACK_PACKAGE_NAME "clausewright")
set(CPACK_PACKAGE_VENDOR "Clausewright")
set(CPACK_PACKAGE_CONTACT "Clausewright developers <clausewright@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Clausewright is a desktop tool for the people who write and review privacy policies: \
drafting from a clause library and templates, comparing versions (redlines to Word with tracked \
changes), checking coverage against GDPR, 152-FZ and CCPA, and keeping the English and Russian \
texts of a policy in step. It reads Word, OpenDocument, PDF, Markdown, HTML and plain text, \
and includes clausewright-cli for scripts and CI.")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Clausewright")
set(CPACK_PACKAGE_EXECUTABLES "clausewright;Clausewright")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # NSIS; the install step runs windeployqt (app/gui/CMakeLists.txt) so the installer carries
    # Qt's DLLs and plugins (README.md, "Packages").
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_DISPLAY_NAME "Clausewright")
    set(CPACK_NSIS_PACKAGE_NAME "Clausewright")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\clausewright.exe")
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put clausewright-cli on PATH
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Clausewright")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    # DEB: library dependencies from dpkg-shlibdeps, plus what the binaries load at run time
    # (Qt's platform plugins, the spelling dictionaries), which it cannot see.
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, hunspell-en-us, hunspell-ru")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, fonts-dejavu-core")
    set(CPACK_DEBIAN_PACKAGE_SECTION "text")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # RPM: library dependencies found by rpmbuild; the Fedora names of the run-time ones.
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "Proprietary")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON)
    set(CPACK_RPM_PACKAGE_REQUIRES "hunspell-en-US, hunspell-ru")
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/mime /usr/share/mime/packages
        /usr/share/icons /usr/share/icons/hicolor)
endif()
include(CPack)
