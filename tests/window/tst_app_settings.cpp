#include "ui/window/app_settings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace convstep;

// The typed settings read what earlier versions saved under the same keys, and their
// fallbacks where nothing was saved.
class TestAppSettings final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void readsWhatEarlierVersionsSaved();
    void missingEntriesReadTheirFallbacks();
    void writtenValuesReadBack();

private:
    QString writeIni(const QByteArray &text) const;

    QTemporaryDir m_dir;
};

void TestAppSettings::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestAppSettings::writeIni(const QByteArray &text) const
{
    static int count = 0;
    const QString path = m_dir.filePath(QStringLiteral("settings%1.ini").arg(++count));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return {};
    return path;
}

void TestAppSettings::readsWhatEarlierVersionsSaved()
{
    // As QSettings wrote them on Linux: every value as text, the export options in a group.
    const QString path = writeIni("[General]\n"
                                  "theme=dark\n"
                                  "speed=2.5\n"
                                  "lastLesson=builtin:article-convolution\n"
                                  "recentFiles=/tmp/a.json, /tmp/b.json\n"
                                  "\n"
                                  "[window]\n"
                                  "geometry=@ByteArray(shape)\n"
                                  "state=@ByteArray(docks)\n"
                                  "\n"
                                  "[export]\n"
                                  "format=pdf\n"
                                  "folder=/tmp/out\n"
                                  "width=1024\n"
                                  "height=768\n"
                                  "fps=12\n"
                                  "smooth=true\n"
                                  "hold=1.5\n"
                                  "perPage=4\n"
                                  "fontScale=1.25\n"
                                  "caption=false\n");
    QVERIFY(!path.isEmpty());
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(windowSettings::theme.read(settings), QStringLiteral("dark"));
    QCOMPARE(windowSettings::speed.read(settings), 2.5);
    QCOMPARE(windowSettings::lastLesson.read(settings),
             QStringLiteral("builtin:article-convolution"));
    QCOMPARE(windowSettings::recentFiles.read(settings),
             QStringList({QStringLiteral("/tmp/a.json"), QStringLiteral("/tmp/b.json")}));
    QCOMPARE(windowSettings::geometry.read(settings), QByteArray("shape"));
    QCOMPARE(windowSettings::state.read(settings), QByteArray("docks"));
    QCOMPARE(exportSettings::format.read(settings), QStringLiteral("pdf"));
    QCOMPARE(exportSettings::folder.read(settings), QStringLiteral("/tmp/out"));
    QCOMPARE(exportSettings::width.read(settings), 1024);
    QCOMPARE(exportSettings::height.read(settings), 768);
    QCOMPARE(exportSettings::fps.read(settings), 12);
    QCOMPARE(exportSettings::smooth.read(settings), true);
    QCOMPARE(exportSettings::hold.read(settings), 1.5);
    QCOMPARE(exportSettings::perPage.read(settings), 4);
    QCOMPARE(exportSettings::fontScale.read(settings), 1.25);
    QCOMPARE(exportSettings::caption.read(settings), false);
}

void TestAppSettings::missingEntriesReadTheirFallbacks()
{
    const QString path = writeIni("[General]\nunrelated=1\n");
    QVERIFY(!path.isEmpty());
    const QSettings settings(path, QSettings::IniFormat);
    const ExportOptions defaults;
    QCOMPARE(windowSettings::theme.read(settings), QString());
    QCOMPARE(windowSettings::speed.read(settings), 1.0);
    QCOMPARE(windowSettings::recentFiles.read(settings), QStringList());
    QCOMPARE(windowSettings::geometry.read(settings), QByteArray());
    QCOMPARE(exportSettings::format.read(settings), QString());
    QCOMPARE(exportSettings::width.read(settings), defaults.size.width());
    QCOMPARE(exportSettings::height.read(settings), defaults.size.height());
    QCOMPARE(exportSettings::fps.read(settings), 0);
    QCOMPARE(exportSettings::smooth.read(settings), defaults.smooth);
    QCOMPARE(exportSettings::hold.read(settings), defaults.holdSeconds);
    QCOMPARE(exportSettings::perPage.read(settings), defaults.perPage);
    QCOMPARE(exportSettings::fontScale.read(settings), defaults.fontScale);
    QCOMPARE(exportSettings::caption.read(settings), defaults.caption);
}

void TestAppSettings::writtenValuesReadBack()
{
    const QString path = m_dir.filePath(QStringLiteral("written.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        windowSettings::recentFiles.write(settings, {QStringLiteral("/tmp/only.json")});
        exportSettings::caption.write(settings, false);
        exportSettings::width.write(settings, 640);
        windowSettings::speed.write(settings, 0.5);
        windowSettings::speed.remove(settings);
    }
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(settings.value(QStringLiteral("export/width")).toInt(), 640);
    QCOMPARE(windowSettings::recentFiles.read(settings),
             QStringList({QStringLiteral("/tmp/only.json")}));
    QCOMPARE(exportSettings::caption.read(settings), false);
    QCOMPARE(exportSettings::width.read(settings), 640);
    QVERIFY(!settings.contains(QStringLiteral("speed")));
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_app_settings.moc"
