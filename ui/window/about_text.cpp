#include "ui/window/about_text.h"

#include <QCoreApplication>

#include <Eigen/Core>

#include <gif_lib.h>
// The one place that needs the header: its version macro.
#include <qcustomplot.h>

extern "C" {
#include <libavcodec/version.h>
#include <libavformat/version.h>
}

namespace convstep {

QString aboutText()
{
    const QString libraries =
        QStringLiteral("Qt %1, Eigen %2.%3.%4, QCustomPlot %5, giflib %6.%7.%8, "
                       "FFmpeg (libavcodec %9, libavformat %10)")
            .arg(QString::fromLatin1(qVersion()))
            .arg(EIGEN_WORLD_VERSION)
            .arg(EIGEN_MAJOR_VERSION)
            .arg(EIGEN_MINOR_VERSION)
            .arg(QStringLiteral(QCUSTOMPLOT_VERSION_STR))
            .arg(GIFLIB_MAJOR)
            .arg(GIFLIB_MINOR)
            .arg(GIFLIB_RELEASE)
            .arg(QStringLiteral(LIBAVCODEC_IDENT).section(' ', 1))
            .arg(QStringLiteral(LIBAVFORMAT_IDENT).section(' ', 1));
    return QCoreApplication::translate(
               "About",
               "<h3>ConvStep %1</h3>"
               "<p>Convolution and transposed convolution, animated step by step.</p>"
               "<p>Results follow PyTorch for integer padding and Keras for 'valid' and "
               "'same'.</p>"
               "<p>Licence: GNU General Public License, version 3 or later.</p>"
               "<p>Built with %2.</p>")
        .arg(QCoreApplication::applicationVersion(), libraries.toHtmlEscaped());
}

} // namespace convstep
