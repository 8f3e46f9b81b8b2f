#include "shell/OutboxDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace wedsync {

OutboxDialog::OutboxDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"outboxDialog"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setTabKeyNavigation(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_openConflicts = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openConflicts->setObjectName(u"outboxOpenConflicts"_s);
    m_openConflicts->hide();
    connect(m_openConflicts, &QPushButton::clicked, this, [this] {
        Q_EMIT openConflictsRequested();
        accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(720, 360);
    retranslate();
}

QString OutboxDialog::stateText(OutboxItem::State state)
{
    switch (state) {
    case OutboxItem::State::Waiting:
        return tr("Waiting");
    case OutboxItem::State::Applied:
        return tr("Applied");
    case OutboxItem::State::Conflict:
        return tr("Conflict");
    case OutboxItem::State::Rejected:
        return tr("Refused");
    }
    return {};
}

void OutboxDialog::setItems(const QList<OutboxItem> &items)
{
    m_items = items;
    const QLocale locale;
    m_table->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const OutboxItem &item = items.at(row);
        const QString at = item.at.isValid()
            ? locale.toString(item.at.toLocalTime(), QLocale::ShortFormat)
            : QString();
        const QStringList cells {stateText(item.state), item.label, at, item.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *cell = new QTableWidgetItem(cells.at(column));
            cell->setToolTip(cells.at(column));
            m_table->setItem(row, column, cell);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
    const bool anyConflict = std::any_of(items.cbegin(), items.cend(), [](const OutboxItem &item) {
        return item.state == OutboxItem::State::Conflict;
    });
    m_openConflicts->setVisible(m_conflictsAvailable && anyConflict);
}

void OutboxDialog::setConflictsAvailable(bool available)
{
    m_conflictsAvailable = available;
    setItems(m_items);
}

void OutboxDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        setItems(m_items);
    }
    QDialog::changeEvent(event);
}

void OutboxDialog::retranslate()
{
    setWindowTitle(tr("Edits"));
    m_intro->setText(tr("Edits made in the console are sent to the server in order. A "
                        "conflict keeps both versions until you choose; a refused edit is not "
                        "sent again."));
    m_table->setHorizontalHeaderLabels({tr("State"), tr("Edit"), tr("When"), tr("Reason")});
    m_openConflicts->setText(tr("Open &Conflicts"));
    m_openConflicts->setToolTip(tr("Compare both versions field by field and choose"));
}

} // namespace wedsync
