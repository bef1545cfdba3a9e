# The Debian package: CPack's DEB generator over the project's install rules (app/ installs the
# programs, packaging/ the desktop files, icons, manual pages and templates).
# scripts/package.sh builds it; docs/packaging.md describes what it holds and why.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME wijkmonitor)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # wijkmonitor_<version>_amd64.deb
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/package)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "workbench for neighbourhood figures of Dutch municipalities")
# The extended description; CPack puts the summary above it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Loads the central data foundation's extracts and CBS files into one offline
workspace, shows how wijken and buurten change on linked maps, charts and
tables, tests trends (Mann-Kendall, Theil-Sen, Benjamini-Hochberg) and
produces the maps, wijk profiles and council memos that go to the council.
Dutch by default, English on request.

This package holds the desktop workbench (wijkmonitor) and its command line
(wijkmonitor-cli), with a menu entry and manual pages.")
set(WIJK_PACKAGE_MAINTAINER "${WIJK_CHANGELOG_MAINTAINER}" CACHE STRING
    "Maintainer field of the Debian package (default: the newest packaging/changelog entry)")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WIJK_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Libraries the binaries link: dpkg-shlibdeps. What they load at run time without linking:
# QGIS's data providers (the OGR provider reads the workspace's layers), the Qt SVG icon
# engine (every icon is an SVG), and the fonts the print layouts of maps and reports name.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qgis-providers, libqt5svg5, fonts-dejavu-core")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
