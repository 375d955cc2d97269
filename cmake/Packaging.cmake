# `cpack -G DEB` in a build folder makes a Debian package of what `cmake --install` installs.
# Depends comes from dpkg-shlibdeps (package dpkg-dev), so it names exactly the libraries the
# programs link, plus FFmpeg's, which they load only to write a video (ui/export/ffmpeg_api.cpp)
# and shlibdeps cannot see: the packages of the major versions the build used.
set(CPACK_PACKAGE_NAME convstep)
set(CPACK_PACKAGE_VENDOR "ConvStep")
set(CPACK_PACKAGE_CONTACT "The ConvStep developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "ConvStep teaches 2-D convolution and transposed convolution one step at a time: every "
    "multiply-accumulate, padding, inserted zero, crop and bias of a small problem is shown "
    "with its real numbers, following PyTorch and Keras. It exports the same steps as GIF, "
    "MP4, PNG or SVG frames and PDF handouts, also from the command line (convstep-cli).")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
find_package(PkgConfig REQUIRED)
pkg_check_modules(CONVSTEP_PACKAGE_FFMPEG REQUIRED libavcodec libavformat libavutil libswscale)
set(CPACK_DEBIAN_PACKAGE_DEPENDS)
foreach(library avcodec avformat avutil swscale)
    string(REGEX MATCH "^[0-9]+" major "${CONVSTEP_PACKAGE_FFMPEG_lib${library}_VERSION}")
    list(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS "lib${library}${major}")
endforeach()
list(JOIN CPACK_DEBIAN_PACKAGE_DEPENDS ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Glyphs render as boxes without a font; the CJK translation needs Noto CJK.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core")

set(CPACK_GENERATOR DEB)
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")
include(CPack)
