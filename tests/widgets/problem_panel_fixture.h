#pragma once

#include "tests/support/test_support.h"
#include "ui/session/lesson_document.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/problem_panel.h"

#include <memory>

namespace convstep::test {

// A document, a playback model wired to it the way the main window wires them (every change
// traced at once) and a panel on both. Suites derive from it and call setUpPanel() in init().
class ProblemPanelFixture
{
protected:
    static Problem basicProblem() // 5×5 input 1..25, 3×3 ones: output 3×3
    {
        Problem p;
        p.input = counting(5, 5);
        p.kernel = Grid::Ones(3, 3);
        return p;
    }

    void setUpPanel()
    {
        m_document = std::make_unique<LessonDocument>();
        m_model = std::make_unique<PlaybackModel>();
        m_model->setAnimated(false);
        QObject::connect(m_document.get(), &LessonDocument::problemChanged, m_model.get(),
                         [this] { m_model->setProblem(m_document->problem()); });
        load(basicProblem());
        m_panel = std::make_unique<ProblemPanel>(m_document.get(), m_model.get());
        m_panel->resize(300, 640);
    }

    void tearDownPanel()
    {
        m_panel.reset();
        m_model.reset();
        m_document.reset();
    }

    void load(const Problem &problem)
    {
        Lesson lesson;
        lesson.problem = problem;
        m_document->load(lesson);
    }

    int undoCount() { return m_document->undoStack()->count(); }

    std::unique_ptr<LessonDocument> m_document;
    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<ProblemPanel> m_panel;
};

} // namespace convstep::test
