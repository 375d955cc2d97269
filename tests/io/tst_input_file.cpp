#include "core/problem.h"
#include "io/input_file.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace convstep;

class TestInputFile final : public QObject
{
    Q_OBJECT

private slots:
    void readsAFile();
    void sizeLimit_data();
    void sizeLimit();
    void missingFile();
    void directory();

private:
    QTemporaryDir dir_;

    QString write(const QString &name, const QByteArray &data)
    {
        QFile file(dir_.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qWarning("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
};

void TestInputFile::readsAFile()
{
    const QByteArray data = "{\"op\": \"conv2d\"}\n\xc3\x97";
    const auto result = readInputFile(write("small.json", data));
    QVERIFY(result.ok());
    QCOMPARE(result.value(), data);
}

void TestInputFile::sizeLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("16 MiB") << limits::maxFileBytes << true;
    QTest::newRow("16 MiB + 1") << limits::maxFileBytes + 1 << false;
}

void TestInputFile::sizeLimit()
{
    QFETCH(qint64, size);
    QFETCH(bool, accepted);
    const QString path = write("big.json", QByteArray(size, ' '));
    const auto result = readInputFile(path);
    QCOMPARE(result.ok(), accepted);
    if (accepted) {
        QCOMPARE(result.value().size(), size);
    } else {
        QCOMPARE(result.error().message, path + " is larger than the 16 MiB limit");
    }
}

void TestInputFile::missingFile()
{
    const QString path = dir_.filePath("absent.json");
    const auto result = readInputFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith("cannot read " + path + ": "),
             qPrintable(result.error().message));
}

void TestInputFile::directory()
{
    const auto result = readInputFile(dir_.path());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith("cannot read " + dir_.path()),
             qPrintable(result.error().message));
}

QTEST_APPLESS_MAIN(TestInputFile)
#include "tst_input_file.moc"
