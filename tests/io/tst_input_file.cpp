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
    QVERIFY(std::holds_alternative<QByteArray>(result));
    QCOMPARE(std::get<QByteArray>(result), data);
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
    QCOMPARE(std::holds_alternative<QByteArray>(result), accepted);
    if (accepted) {
        QCOMPARE(std::get<QByteArray>(result).size(), size);
    } else {
        QCOMPARE(std::get<QString>(result), path + " is larger than the 16 MiB limit");
    }
}

void TestInputFile::missingFile()
{
    const QString path = dir_.filePath("absent.json");
    const auto result = readInputFile(path);
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).startsWith("cannot read " + path + ": "),
             qPrintable(std::get<QString>(result)));
}

void TestInputFile::directory()
{
    const auto result = readInputFile(dir_.path());
    QVERIFY(std::holds_alternative<QString>(result));
    QVERIFY2(std::get<QString>(result).startsWith("cannot read " + dir_.path()),
             qPrintable(std::get<QString>(result)));
}

QTEST_APPLESS_MAIN(TestInputFile)
#include "tst_input_file.moc"
