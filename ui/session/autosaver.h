#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace convstep {

class LessonDocument;

// Keeps a copy of the edited lesson on disk shortly after every change, so a crash or a kill
// loses nothing. A clean exit (saved or discarded) removes the copy; one found at start-up
// means the last session did not end cleanly. That one is set aside as the "leftover" until
// the user restores or discards it, so ignoring the offer loses nothing either.
class Autosaver final : public QObject
{
    Q_OBJECT

public:
    Autosaver(LessonDocument *document, const QString &path, QObject *parent = nullptr);

    QString path() const { return m_path; }
    QString leftoverPath() const;

    // Moves a copy left by an unclean exit aside and returns its contents.
    std::optional<QByteArray> takeLeftover();
    void discardLeftover();

    bool saveNow();
    void finish(); // removes this session's copy: the lesson is saved or deliberately dropped

private:
    LessonDocument *m_document;
    QString m_path;
    QTimer m_debounce;
};

} // namespace convstep
