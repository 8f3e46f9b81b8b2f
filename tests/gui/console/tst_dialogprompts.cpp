// The real dialogs behind UserPrompts, answered as a person would: a question with an option
// shows it unticked, with its mnemonic; the confirming button names the action and is the
// default; ticking the option and confirming reports it ticked, while Cancel reports neither
// the action nor the option.
#include "common/DialogPrompts.h"

#include <QApplication>
#include <QCheckBox>
#include <QKeySequence>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace wedsync;

namespace {

// Runs `answer` on the next message box once it is open (the prompt waits in its own loop).
void whenAsked(std::function<void(QMessageBox *)> answer)
{
    auto *poll = new QTimer(qApp);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, qApp, [poll, answer = std::move(answer)] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        answer(box);
    });
    poll->start();
}

} // namespace

class tst_DialogPrompts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTickedOptionIsReported();
    void cancelReportsNoOption();

private:
    DialogPrompts m_prompts;
};

void tst_DialogPrompts::aTickedOptionIsReported()
{
    bool startedTicked = true;
    QString option;
    QString action;
    whenAsked([&](QMessageBox *box) {
        if (!box->checkBox()) {
            box->reject();
            return;
        }
        startedTicked = box->checkBox()->isChecked();
        option = box->checkBox()->text();
        action = box->defaultButton()->text();
        box->checkBox()->click();
        box->defaultButton()->click();
    });
    bool ticked = false;
    QVERIFY(m_prompts.confirmWithOption(nullptr, u"Disconnect calendar"_s, u"Disconnect Home?"_s,
                                        u"Disconnect"_s, u"Also &remove the events"_s, &ticked));
    QVERIFY(!startedTicked);
    QCOMPARE(option, u"Also &remove the events"_s);
    QCOMPARE(QKeySequence::mnemonic(option), QKeySequence(u"Alt+R"_s));
    QCOMPARE(action, u"Disconnect"_s);
    QVERIFY(ticked);
}

void tst_DialogPrompts::cancelReportsNoOption()
{
    whenAsked([](QMessageBox *box) {
        box->checkBox()->click();
        box->button(QMessageBox::Cancel)->click();
    });
    bool ticked = true;
    QVERIFY(!m_prompts.confirmWithOption(nullptr, u"Disconnect calendar"_s, u"Disconnect Home?"_s,
                                         u"Disconnect"_s, u"Also &remove the events"_s, &ticked));
    QVERIFY(!ticked);
}

QTEST_MAIN(tst_DialogPrompts)
#include "tst_dialogprompts.moc"
