// SPDX-License-Identifier: GPL-3.0-or-later
#include "admin/incrementseditor.h"

#include "boli/money.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace boli::client {
using namespace Qt::StringLiterals;

IncrementsEditor::IncrementsEditor(QObject *parent)
    : QAbstractListModel(parent)
{ }

int IncrementsEditor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bands.size());
}

QVariant IncrementsEditor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Band &band = m_bands.at(index.row());
    switch (role) {
    case FromTextRole:
        return band.fromText;
    case StepTextRole:
        return band.stepText;
    default:
        return {};
    }
}

QHash<int, QByteArray> IncrementsEditor::roleNames() const
{
    return {{FromTextRole, "fromText"}, {StepTextRole, "stepText"}};
}

QString IncrementsEditor::rupeesText(qint64 paise)
{
    // Without the ₹ sign: the field's label names the unit, and the admin types plain numbers.
    QString text = formatRupees(paise);
    return text.startsWith(u"₹"_s) ? text.mid(1) : text;
}

void IncrementsEditor::load(const QJsonArray &bands)
{
    beginResetModel();
    m_loaded = bands;
    m_bands.clear();
    for (const QJsonValue &value : bands) {
        const QJsonObject band = value.toObject();
        m_bands.append(
            {rupeesText(band.value(u"from"_s).toInteger()), rupeesText(band.value(u"step"_s).toInteger())});
    }
    endResetModel();
    Q_EMIT countChanged();
    setModified(false);
}

std::optional<QJsonArray> IncrementsEditor::bands(QString *error) const
{
    QJsonArray result;
    for (qsizetype i = 0; i < m_bands.size(); ++i) {
        const auto from = parseRupees(m_bands.at(i).fromText);
        const auto step = parseRupees(m_bands.at(i).stepText);
        if (!from || !step) {
            *error = QCoreApplication::translate(
                "IncrementsEditor", "Band %1: type both amounts in rupees, like 1,000 or 25.50.")
                         .arg(i + 1);
            return std::nullopt;
        }
        result.append(QJsonObject {{u"from"_s, *from}, {u"step"_s, *step}});
    }
    if (result.isEmpty()) {
        *error = QCoreApplication::translate("IncrementsEditor", "Keep at least one band.");
        return std::nullopt;
    }
    return result;
}

void IncrementsEditor::setFromText(int row, const QString &text)
{
    if (row >= 0 && row < m_bands.size() && m_bands.at(row).fromText != text) {
        m_bands[row].fromText = text;
        Q_EMIT dataChanged(index(row), index(row), {FromTextRole});
        setModified(true);
    }
}

void IncrementsEditor::setStepText(int row, const QString &text)
{
    if (row >= 0 && row < m_bands.size() && m_bands.at(row).stepText != text) {
        m_bands[row].stepText = text;
        Q_EMIT dataChanged(index(row), index(row), {StepTextRole});
        setModified(true);
    }
}

void IncrementsEditor::addBand()
{
    const int row = int(m_bands.size());
    beginInsertRows({}, row, row);
    m_bands.append(Band {});
    endInsertRows();
    Q_EMIT countChanged();
    setModified(true);
}

void IncrementsEditor::removeBand(int row)
{
    if (row < 0 || row >= m_bands.size()) {
        return;
    }
    beginRemoveRows({}, row, row);
    m_bands.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    setModified(true);
}

void IncrementsEditor::revert()
{
    load(m_loaded);
}

void IncrementsEditor::setModified(bool modified)
{
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged();
    }
}

} // namespace boli::client
