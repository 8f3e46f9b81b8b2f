#include "layout/InspectorFields.h"

#include "SectionFields.h"
#include "SectionValidator.h"
#include "common/StateColors.h"
#include "layout/SectionInspector.h"

#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace wedsync {

QString inspectorFieldForErrorPath(const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return {};
    QString name = path.mid(dot + 1);
    const qsizetype end = name.indexOf(QRegularExpression(u"[.\\[]"_s));
    if (end >= 0)
        name.truncate(end);
    if (name == u"weddingPhase")
        name = u"phases"_s;
    return sectionFieldNames().contains(name) ? name : QString();
}

QString titleCountText(const QString &title, bool *over)
{
    const int count = userCharacterCount(title);
    const bool tooLong = count > SectionLimits::TitleLength;
    if (over)
        *over = tooLong;
    QString text = SectionInspector::tr("%1 / %2").arg(count).arg(SectionLimits::TitleLength);
    if (tooLong)
        text += u' '
            + SectionInspector::tr(
                  "(too long: only the first %1 characters are kept when you save)")
                  .arg(SectionLimits::TitleLength);
    bool controls = false;
    for (const QChar c : title)
        controls = controls || c.category() == QChar::Other_Control;
    if (controls)
        text += u' ' + SectionInspector::tr("(line breaks and tabs become spaces when you save)");
    return text;
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    const QSignalBlocker blocker(edit);
    edit->setText(text);
    edit->setCursorPosition(std::min<int>(cursor, int(text.size())));
}

void showFieldError(QWidget *editor, QLabel *label, const QString &message)
{
    const bool wrong = !message.isEmpty();
    if (label) {
        label->setText(message);
        label->setVisible(wrong);
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, errorColor(editor ? editor->palette() : pal));
        label->setPalette(pal);
    }
    if (!editor)
        return;
    if (editor->accessibleDescription() != message)
        editor->setAccessibleDescription(message);
    if (editor->property("wedsyncInvalid").toBool() == wrong)
        return;
    editor->setProperty("wedsyncInvalid", wrong);
    if (wrong) {
        // Only the Base role is set, so the rest still follows the theme.
        const QColor base = editor->palette().color(QPalette::Base);
        const QColor red = errorColor(editor->palette());
        QPalette tint;
        tint.setColor(QPalette::Base,
                      QColor::fromRgbF(base.redF() * 0.75 + red.redF() * 0.25,
                                       base.greenF() * 0.75 + red.greenF() * 0.25,
                                       base.blueF() * 0.75 + red.blueF() * 0.25));
        editor->setPalette(tint);
    } else {
        editor->setPalette(QPalette());
    }
}

} // namespace wedsync
