#pragma once
// What forms and wizards share to say what went wrong: a wrapping label, a problem label in the
// error color, the server's refusal as one paragraph, and FieldProblems, which puts each of a
// 400's per-field messages under the field it names.

#include <QHash>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace wedsync {

struct ApiError;

QLabel *wrappingLabel(QWidget *parent, const QString &objectName = {});
// Hidden until it has something to say.
QLabel *problemLabel(QWidget *parent, const QString &objectName);
// `field` with `problem` (a problemLabel) under it, as one form cell: a hidden problem takes
// no room.
QWidget *fieldWithProblem(QWidget *field, QLabel *problem);
// What the server said, with the fields it named, as one paragraph.
QString apiErrorText(const ApiError &error);

class FieldProblems
{
public:
    // `label` (a problemLabel) shows what the server says about `field` (and "field[3]").
    void add(const QString &field, QLabel *label);
    // Shows each named field's message by its field; returns what no field took, or empty.
    QString show(const ApiError &error);
    void clear();

private:
    QHash<QString, QPointer<QLabel>> m_labels;
};

} // namespace wedsync
