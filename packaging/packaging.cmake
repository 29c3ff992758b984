# Packaging with CPack. The DEB/RPM/TGZ details, desktop integration and the Windows and
# macOS installers are filled in by the packaging work; this keeps `cpack` usable meanwhile.
set(CPACK_PACKAGE_NAME "clausewright")
set(CPACK_PACKAGE_VENDOR "Clausewright")
set(CPACK_PACKAGE_CONTACT "Clausewright developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_GENERATOR "TGZ")
include(CPack)
