#include "shell/OrganizationSwitcher.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace wedsync {

OrganizationSwitcher::OrganizationSwitcher(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"organizationSwitcher"_s);
    m_orgLabel = new QLabel(this);
    m_organizations = new QComboBox(this);
    m_organizations->setObjectName(u"organizationCombo"_s);
    m_organizations->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_organizations->setMinimumContentsLength(18);
    m_orgLabel->setBuddy(m_organizations);
    m_weddingLabel = new QLabel(this);
    m_weddings = new QComboBox(this);
    m_weddings->setObjectName(u"weddingCombo"_s);
    m_weddings->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_weddings->setMinimumContentsLength(22);
    m_weddingLabel->setBuddy(m_weddings);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_orgLabel);
    layout->addWidget(m_organizations);
    layout->addSpacing(12);
    layout->addWidget(m_weddingLabel);
    layout->addWidget(m_weddings);

    connect(m_organizations, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT organizationChanged(organizationId());
    });
    connect(m_weddings, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT weddingChanged(weddingId());
    });
    retranslate();
    clear();
}

void OrganizationSwitcher::setOrganizations(const QList<OrganizationItem> &organizations,
                                            bool allowAll)
{
    const QString current = organizationId();
    {
        QScopedValueRollback filling(m_filling, true);
        m_allowAll = allowAll;
        m_organizations->clear();
        if (allowAll)
            m_organizations->addItem(tr("All organizations"), QString());
        for (const OrganizationItem &org : organizations)
            m_organizations->addItem(org.name, org.id);
        const int index = m_organizations->findData(current);
        m_organizations->setCurrentIndex(index >= 0 ? index : 0);
        m_organizations->setEnabled(m_organizations->count() > 1);
    }
    if (organizationId() != current)
        Q_EMIT organizationChanged(organizationId());
}

void OrganizationSwitcher::setWeddings(const QList<WeddingItem> &weddings)
{
    const QString current = weddingId();
    m_weddingItems = weddings;
    const QLocale locale;
    {
        QScopedValueRollback filling(m_filling, true);
        m_weddings->clear();
        m_weddings->addItem(tr("All weddings"), QString());
        for (const WeddingItem &wedding : weddings) {
            m_weddings->addItem(
                wedding.weddingDate.isValid() ? tr("%1 — %2").arg(
                    wedding.coupleName, locale.toString(wedding.weddingDate, QLocale::ShortFormat))
                                              : wedding.coupleName,
                wedding.id);
        }
        const int index = m_weddings->findData(current);
        m_weddings->setCurrentIndex(index >= 0 ? index : 0);
        m_weddings->setEnabled(m_weddings->count() > 1);
    }
    if (weddingId() != current)
        Q_EMIT weddingChanged(weddingId());
}

void OrganizationSwitcher::clear()
{
    QScopedValueRollback filling(m_filling, true);
    m_organizations->clear();
    m_weddings->clear();
    m_weddings->addItem(tr("All weddings"), QString());
    m_organizations->setEnabled(false);
    m_weddings->setEnabled(false);
}

QString OrganizationSwitcher::organizationId() const
{
    return m_organizations->currentData().toString();
}

QString OrganizationSwitcher::weddingId() const
{
    return m_weddings->currentData().toString();
}

bool OrganizationSwitcher::selectOrganization(const QString &id)
{
    const int index = m_organizations->findData(id);
    if (index < 0)
        return false;
    m_organizations->setCurrentIndex(index);
    return true;
}

bool OrganizationSwitcher::selectWedding(const QString &id)
{
    const int index = m_weddings->findData(id);
    if (index < 0)
        return false;
    m_weddings->setCurrentIndex(index);
    return true;
}

int OrganizationSwitcher::organizationCount() const
{
    return m_organizations->count() - (m_allowAll ? 1 : 0);
}

void OrganizationSwitcher::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganizationSwitcher::retranslate()
{
    m_orgLabel->setText(tr("&Organization:"));
    m_organizations->setAccessibleName(tr("Organization"));
    m_organizations->setToolTip(tr("The organization whose data the screens show"));
    m_weddingLabel->setText(tr("&Wedding:"));
    // Dates follow the language's conventions (Spanish: day first).
    const QLocale locale;
    for (int i = 1; i < m_weddings->count() && i <= m_weddingItems.size(); ++i) {
        const WeddingItem &wedding = m_weddingItems.at(i - 1);
        if (wedding.weddingDate.isValid() && m_weddings->itemData(i).toString() == wedding.id)
            m_weddings->setItemText(
                i,
                tr("%1 — %2").arg(wedding.coupleName,
                                  locale.toString(wedding.weddingDate, QLocale::ShortFormat)));
    }
    m_weddings->setAccessibleName(tr("Wedding"));
    m_weddings->setToolTip(tr("Narrow the screens to one wedding"));
    if (m_allowAll && m_organizations->count() > 0
        && m_organizations->itemData(0).toString().isEmpty())
        m_organizations->setItemText(0, tr("All organizations"));
    if (m_weddings->count() > 0 && m_weddings->itemData(0).toString().isEmpty())
        m_weddings->setItemText(0, tr("All weddings"));
}

} // namespace wedsync
