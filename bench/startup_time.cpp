// Start-up to the first painted stage frame: the window built, the default lesson traced and
// the stage painted once. Prints milliseconds since main() began.
#include "ui/widgets/stage_widget.h"
#include "ui/window/main_window.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

namespace {

class FirstPaint final : public QObject
{
public:
    explicit FirstPaint(const QElapsedTimer &clock)
        : m_clock(clock)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_ms < 0) {
            m_ms = m_clock.elapsed();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

public:
    qint64 m_ms = -1;

private:
    const QElapsedTimer &m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("ConvStepBench"));
    QCoreApplication::setApplicationName(QStringLiteral("startup_time"));
    QTemporaryDir dir;
    FirstPaint probe(clock); // outlives the window it watches
    convstep::MainWindow window(dir.filePath(QStringLiteral("autosave.json")));
    window.stage()->installEventFilter(&probe);
    window.startUp();
    window.show();
    app.exec();
    QTextStream(stdout) << "first stage frame painted after " << probe.m_ms << " ms\n";
    return probe.m_ms >= 0 ? 0 : 1;
}
