#include "io/lesson_catalog.h"
#include "tests/support/test_support.h"
#include "tests/support/theme_grab.h"
#include "ui/session/playback_model.h"
#include "ui/widgets/explanation_panel.h"

#include <QLabel>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace convstep;

class TestExplanationPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsKerasValidFormulaForTheDefaultLesson();
    void narrationAndPhaseFollowTheStep();
    void sameFormulaSaysWhereTheOddPaddingGoes();
    void lessonNoteSectionHidesWhenEmpty();
    void textIsSelectable();
    void emptyModelInvitesALesson();
    void paintsInLightAndDarkThemes();

private:
    std::unique_ptr<PlaybackModel> m_model;
    std::unique_ptr<ExplanationPanel> m_panel;
};

void TestExplanationPanel::init()
{
    m_model = std::make_unique<PlaybackModel>();
    m_model->setAnimated(false);
    m_panel = std::make_unique<ExplanationPanel>(m_model.get());
    m_panel->resize(320, 400);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestExplanationPanel::cleanup()
{
    m_panel.reset();
    m_model.reset();
}

void TestExplanationPanel::showsKerasValidFormulaForTheDefaultLesson()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    QVERIFY2(m_panel->formula().startsWith(QStringLiteral("o = ⌈(i − d(k−1))/s⌉")),
             qPrintable(m_panel->formula()));
    QVERIFY(m_panel->formula().endsWith(QStringLiteral("= 2")));
}

void TestExplanationPanel::narrationAndPhaseFollowTheStep()
{
    QVERIFY(m_model->setProblem(findBuiltInLesson(QStringLiteral("article-same"))->lesson.problem));
    QCOMPARE(m_panel->phaseText(), QStringLiteral("Pad"));
    QCOMPARE(m_panel->stepText(), QStringLiteral("Step 1 of 17"));
    QCOMPARE(m_panel->narration(), QString::fromStdString(m_model->currentStep().text));
    QVERIFY(m_panel->narration().startsWith(QStringLiteral("Pad the 4×4 input")));
    m_model->setStep(6);
    QCOMPARE(m_panel->phaseText(), QStringLiteral("Slide"));
    QCOMPARE(m_panel->stepText(), QStringLiteral("Step 7 of 17"));
    QVERIFY(m_panel->narration().endsWith(QStringLiteral("output (1, 1) = 55.")));
}

void TestExplanationPanel::sameFormulaSaysWhereTheOddPaddingGoes()
{
    Problem problem = defaultLesson().problem;
    problem.paddingMode = PaddingMode::Same;
    problem.kernel = test::counting(2, 2);
    QVERIFY(m_model->setProblem(problem));
    QVERIFY2(m_panel->formula().contains(QStringLiteral("TensorFlow puts the odd one after")),
             qPrintable(m_panel->formula()));
}

void TestExplanationPanel::lessonNoteSectionHidesWhenEmpty()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    const auto labels = m_panel->findChildren<QLabel *>();
    const auto noteLabel = [&] {
        for (QLabel *label : labels)
            if (label->accessibleName() == QStringLiteral("Lesson note"))
                return label;
        return static_cast<QLabel *>(nullptr);
    }();
    QVERIFY(noteLabel);
    QVERIFY(noteLabel->isHidden());
    m_panel->setLessonNote(defaultLesson().note);
    QCOMPARE(m_panel->lessonNote(), defaultLesson().note);
    QVERIFY(!noteLabel->isHidden());
    m_panel->setLessonNote(QStringLiteral("  "));
    QVERIFY(noteLabel->isHidden());
}

void TestExplanationPanel::textIsSelectable()
{
    QVERIFY(m_model->setProblem(defaultLesson().problem));
    m_panel->setLessonNote(QStringLiteral("<b>not markup</b>"));
    int checked = 0;
    for (QLabel *label : m_panel->findChildren<QLabel *>()) {
        const QString name = label->accessibleName();
        if (name != QStringLiteral("Narration") && name != QStringLiteral("Output size formula")
            && name != QStringLiteral("Lesson note"))
            continue;
        ++checked;
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(label->wordWrap());
        QVERIFY(!label->accessibleDescription().isEmpty());
    }
    QCOMPARE(checked, 3);
    // Rich text is only for line spacing: content is escaped, never interpreted.
    QCOMPARE(m_panel->lessonNote(), QStringLiteral("<b>not markup</b>"));
    const auto note = m_panel->findChildren<QLabel *>();
    QVERIFY(std::any_of(note.begin(), note.end(), [](QLabel *label) {
        return label->text().contains(QStringLiteral("&lt;b&gt;not markup&lt;/b&gt;"));
    }));
}

void TestExplanationPanel::emptyModelInvitesALesson()
{
    QVERIFY(m_panel->formula().isEmpty());
    QVERIFY(!m_panel->narration().isEmpty());
    QVERIFY(!m_panel->grab().isNull());
}

void TestExplanationPanel::paintsInLightAndDarkThemes()
{
    QVERIFY(m_model->setProblem(findBuiltInLesson(QStringLiteral("article-same"))->lesson.problem));
    m_model->setStep(6);
    m_panel->setLessonNote(findBuiltInLesson(QStringLiteral("article-same"))->lesson.note);
    QCOMPARE(test::grabInBothThemes(m_panel.get(), {320, 400}, QStringLiteral("explanation-panel")),
             QString());

    const CatalogEntry *transposed = findBuiltInLesson(QStringLiteral("article-transposed-same"));
    QVERIFY(m_model->setProblem(transposed->lesson.problem));
    m_model->last();
    m_panel->setLessonNote(transposed->lesson.note);
    QCOMPARE(
        test::grabInBothThemes(m_panel.get(), {320, 400}, QStringLiteral("explanation-panel-crop")),
        QString());
}

QTEST_MAIN(TestExplanationPanel)
#include "tst_explanation_panel.moc"
