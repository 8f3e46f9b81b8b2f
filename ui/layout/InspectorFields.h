#pragma once
// Small pieces the section inspector is built from: which inspector field a validator message
// belongs to, the title's character count in words, and how a field shows that it is wrong.

#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace wedsync {

// The SectionFields name a validator path belongs to ("customization.title" -> "title",
// "visibility.roles[2]" -> "roles", "visibility.weddingPhase" -> "phases",
// "visibility.conditions.minimumRole" -> "conditions"); empty when no field of the form
// shows it (ids, type, metadata).
QString inspectorFieldForErrorPath(const QString &path);

// "37 / 100", and what saving will do when the title is over the limit or holds line breaks.
QString titleCountText(const QString &title, bool *over = nullptr);

// Sets a line edit's text without signals, keeping the cursor where the planner left it.
void setTextKeepingCursor(QLineEdit *edit, const QString &text);

// Shows `message` under a field (empty: hides it) and marks the field's editor: a tinted
// background and the message as its accessible description.
void showFieldError(QWidget *editor, QLabel *label, const QString &message);

} // namespace wedsync
