#pragma once
// Asks which role's permissions to copy onto which other role, and says what that means.

#include "Role.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace wedsync {

class CopyRoleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CopyRoleDialog(QWidget *parent = nullptr);

    Role from() const;
    Role to() const;

private:
    void update();

    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_explain;
    QDialogButtonBox *m_buttons;
};

} // namespace wedsync
