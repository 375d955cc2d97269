#include "ui/session/autosaver.h"

#include "ui/session/lesson_document.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace convstep {

Autosaver::Autosaver(LessonDocument *document, const QString &path, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_path(path)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(document, &LessonDocument::problemChanged, this, [this] {
        if (m_document->isModified())
            m_debounce.start();
    });
    connect(document, &LessonDocument::modifiedChanged, this, [this](bool modified) {
        if (modified)
            m_debounce.start();
        else
            finish();
    });
}

QString Autosaver::leftoverPath() const
{
    QString path = m_path;
    path.insert(path.lastIndexOf(QLatin1Char('.')) < 0 ? path.size() : path.lastIndexOf('.'),
                QStringLiteral("-previous"));
    return path;
}

std::optional<QByteArray> Autosaver::takeLeftover()
{
    if (QFileInfo::exists(m_path)) {
        QFile::remove(leftoverPath());
        QFile::rename(m_path, leftoverPath());
    }
    QFile file(leftoverPath());
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

void Autosaver::discardLeftover()
{
    QFile::remove(leftoverPath());
}

bool Autosaver::saveNow()
{
    m_debounce.stop();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    const QByteArray bytes = m_document->toBytes();
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void Autosaver::finish()
{
    m_debounce.stop();
    QFile::remove(m_path);
}

} // namespace convstep
