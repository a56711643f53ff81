# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_detail_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox,
    QDateEdit, QFormLayout, QFrame, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QProgressBar, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTableView, QTimeEdit, QVBoxLayout, QWidget)

class Ui_CaseDetailWindow(object):
    def setupUi(self, CaseDetailWindow):
        if not CaseDetailWindow.objectName():
            CaseDetailWindow.setObjectName(u"CaseDetailWindow")
        CaseDetailWindow.resize(960, 720)
        self.mainLayout = QVBoxLayout(CaseDetailWindow)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setObjectName(u"headerLayout")
        self.titleLabel = QLabel(CaseDetailWindow)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setText(u"")
        self.titleLabel.setStyleSheet(u"font-size: 16pt; font-weight: 600;")
        self.titleLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerLayout.addWidget(self.titleLabel)

        self.statusBadge = QLabel(CaseDetailWindow)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setText(u"")
        self.statusBadge.setStyleSheet(u"padding: 2px 8px; border: 1px solid palette(mid); border-radius: 8px;")

        self.headerLayout.addWidget(self.statusBadge)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.messageFrame = QFrame(CaseDetailWindow)
        self.messageFrame.setObjectName(u"messageFrame")
        self.messageFrame.setFrameShape(QFrame.Shape.StyledPanel)
        self.messageLayout = QHBoxLayout(self.messageFrame)
        self.messageLayout.setObjectName(u"messageLayout")
        self.messageLabel = QLabel(self.messageFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.messageLayout.addWidget(self.messageLabel)

        self.reloadButton = QPushButton(self.messageFrame)
        self.reloadButton.setObjectName(u"reloadButton")

        self.messageLayout.addWidget(self.reloadButton)


        self.mainLayout.addWidget(self.messageFrame)

        self.busyBar = QProgressBar(CaseDetailWindow)
        self.busyBar.setObjectName(u"busyBar")
        self.busyBar.setMaximum(0)
        self.busyBar.setTextVisible(False)
        self.busyBar.setMaximumHeight(6)

        self.mainLayout.addWidget(self.busyBar)

        self.tabWidget = QTabWidget(CaseDetailWindow)
        self.tabWidget.setObjectName(u"tabWidget")
        self.summaryTab = QWidget()
        self.summaryTab.setObjectName(u"summaryTab")
        self.summaryLayout = QVBoxLayout(self.summaryTab)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryForm = QFormLayout()
        self.summaryForm.setObjectName(u"summaryForm")
        self.summaryForm.setHorizontalSpacing(24)
        self.referenceCaption = QLabel(self.summaryTab)
        self.referenceCaption.setObjectName(u"referenceCaption")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.referenceCaption)

        self.referenceValue = QLabel(self.summaryTab)
        self.referenceValue.setObjectName(u"referenceValue")
        self.referenceValue.setText(u"")

        self.summaryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.referenceValue)

        self.statusCaption = QLabel(self.summaryTab)
        self.statusCaption.setObjectName(u"statusCaption")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statusCaption)

        self.statusValue = QLabel(self.summaryTab)
        self.statusValue.setObjectName(u"statusValue")
        self.statusValue.setText(u"")

        self.summaryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statusValue)

        self.openedCaption = QLabel(self.summaryTab)
        self.openedCaption.setObjectName(u"openedCaption")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.openedCaption)

        self.openedValue = QLabel(self.summaryTab)
        self.openedValue.setObjectName(u"openedValue")
        self.openedValue.setText(u"")

        self.summaryForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.openedValue)

        self.receivedCaption = QLabel(self.summaryTab)
        self.receivedCaption.setObjectName(u"receivedCaption")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(self.summaryTab)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setText(u"")

        self.summaryForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.acknowledgedCaption = QLabel(self.summaryTab)
        self.acknowledgedCaption.setObjectName(u"acknowledgedCaption")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.acknowledgedCaption)

        self.acknowledgedValue = QLabel(self.summaryTab)
        self.acknowledgedValue.setObjectName(u"acknowledgedValue")
        self.acknowledgedValue.setText(u"")

        self.summaryForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.acknowledgedValue)

        self.feedbackCaption = QLabel(self.summaryTab)
        self.feedbackCaption.setObjectName(u"feedbackCaption")

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.feedbackCaption)

        self.feedbackValue = QLabel(self.summaryTab)
        self.feedbackValue.setObjectName(u"feedbackValue")
        self.feedbackValue.setText(u"")

        self.summaryForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.feedbackValue)

        self.closedCaption = QLabel(self.summaryTab)
        self.closedCaption.setObjectName(u"closedCaption")

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.closedCaption)

        self.closedValue = QLabel(self.summaryTab)
        self.closedValue.setObjectName(u"closedValue")
        self.closedValue.setText(u"")

        self.summaryForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.closedValue)

        self.outcomeCaption = QLabel(self.summaryTab)
        self.outcomeCaption.setObjectName(u"outcomeCaption")

        self.summaryForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outcomeCaption)

        self.outcomeValue = QLabel(self.summaryTab)
        self.outcomeValue.setObjectName(u"outcomeValue")
        self.outcomeValue.setText(u"")

        self.summaryForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outcomeValue)

        self.categoryCaption = QLabel(self.summaryTab)
        self.categoryCaption.setObjectName(u"categoryCaption")

        self.summaryForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.categoryCaption)

        self.categoryValue = QLabel(self.summaryTab)
        self.categoryValue.setObjectName(u"categoryValue")
        self.categoryValue.setText(u"")

        self.summaryForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.categoryValue)

        self.levelCaption = QLabel(self.summaryTab)
        self.levelCaption.setObjectName(u"levelCaption")

        self.summaryForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.levelCaption)

        self.levelValue = QLabel(self.summaryTab)
        self.levelValue.setObjectName(u"levelValue")
        self.levelValue.setText(u"")

        self.summaryForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.levelValue)

        self.unitCaption = QLabel(self.summaryTab)
        self.unitCaption.setObjectName(u"unitCaption")

        self.summaryForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(self.summaryTab)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setText(u"")

        self.summaryForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.unitValue)


        self.summaryLayout.addLayout(self.summaryForm)

        self.summaryDeadlinesGroup = QGroupBox(self.summaryTab)
        self.summaryDeadlinesGroup.setObjectName(u"summaryDeadlinesGroup")
        self.summaryDeadlinesLayout = QVBoxLayout(self.summaryDeadlinesGroup)
        self.summaryDeadlinesLayout.setObjectName(u"summaryDeadlinesLayout")

        self.summaryLayout.addWidget(self.summaryDeadlinesGroup)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        self.tabWidget.addTab(self.summaryTab, "")
        self.reportTab = QWidget()
        self.reportTab.setObjectName(u"reportTab")
        self.reportLayout = QVBoxLayout(self.reportTab)
        self.reportLayout.setObjectName(u"reportLayout")
        self.reportLayout.setContentsMargins(0, 0, 0, 0)
        self.reportScroll = QScrollArea(self.reportTab)
        self.reportScroll.setObjectName(u"reportScroll")
        self.reportScroll.setWidgetResizable(True)
        self.reportScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.reportContents = QWidget()
        self.reportContents.setObjectName(u"reportContents")
        self.reportContentsLayout = QVBoxLayout(self.reportContents)
        self.reportContentsLayout.setObjectName(u"reportContentsLayout")
        self.reportGroup = QGroupBox(self.reportContents)
        self.reportGroup.setObjectName(u"reportGroup")
        self.reportForm = QFormLayout(self.reportGroup)
        self.reportForm.setObjectName(u"reportForm")
        self.channelLabel = QLabel(self.reportGroup)
        self.channelLabel.setObjectName(u"channelLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(self.reportGroup)
        self.channelCombo.setObjectName(u"channelCombo")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.reporterRoleLabel = QLabel(self.reportGroup)
        self.reporterRoleLabel.setObjectName(u"reporterRoleLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reporterRoleLabel)

        self.reporterRoleCombo = QComboBox(self.reportGroup)
        self.reporterRoleCombo.setObjectName(u"reporterRoleCombo")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reporterRoleCombo)

        self.originLabel = QLabel(self.reportGroup)
        self.originLabel.setObjectName(u"originLabel")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.originLabel)

        self.originCombo = QComboBox(self.reportGroup)
        self.originCombo.setObjectName(u"originCombo")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.originCombo)

        self.anonymousCheck = QCheckBox(self.reportGroup)
        self.anonymousCheck.setObjectName(u"anonymousCheck")

        self.reportForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.anonymousCheck)


        self.reportContentsLayout.addWidget(self.reportGroup)

        self.reporterGroup = QGroupBox(self.reportContents)
        self.reporterGroup.setObjectName(u"reporterGroup")
        self.reporterForm = QFormLayout(self.reporterGroup)
        self.reporterForm.setObjectName(u"reporterForm")
        self.reporterNameLabel = QLabel(self.reporterGroup)
        self.reporterNameLabel.setObjectName(u"reporterNameLabel")

        self.reporterForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reporterNameLabel)

        self.reporterNameEdit = QLineEdit(self.reporterGroup)
        self.reporterNameEdit.setObjectName(u"reporterNameEdit")

        self.reporterForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reporterNameEdit)

        self.reporterContactLabel = QLabel(self.reporterGroup)
        self.reporterContactLabel.setObjectName(u"reporterContactLabel")

        self.reporterForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reporterContactLabel)

        self.reporterContactEdit = QLineEdit(self.reporterGroup)
        self.reporterContactEdit.setObjectName(u"reporterContactEdit")

        self.reporterForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reporterContactEdit)

        self.reporterProfessionLabel = QLabel(self.reporterGroup)
        self.reporterProfessionLabel.setObjectName(u"reporterProfessionLabel")

        self.reporterForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reporterProfessionLabel)

        self.reporterProfessionCombo = QComboBox(self.reporterGroup)
        self.reporterProfessionCombo.setObjectName(u"reporterProfessionCombo")

        self.reporterForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reporterProfessionCombo)

        self.reporterUnitLabel = QLabel(self.reporterGroup)
        self.reporterUnitLabel.setObjectName(u"reporterUnitLabel")

        self.reporterForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reporterUnitLabel)

        self.reporterUnitEdit = QLineEdit(self.reporterGroup)
        self.reporterUnitEdit.setObjectName(u"reporterUnitEdit")

        self.reporterForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reporterUnitEdit)


        self.reportContentsLayout.addWidget(self.reporterGroup)

        self.placeGroup = QGroupBox(self.reportContents)
        self.placeGroup.setObjectName(u"placeGroup")
        self.placeForm = QFormLayout(self.placeGroup)
        self.placeForm.setObjectName(u"placeForm")
        self.establishmentLabel = QLabel(self.placeGroup)
        self.establishmentLabel.setObjectName(u"establishmentLabel")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.establishmentLabel)

        self.establishmentEdit = QLineEdit(self.placeGroup)
        self.establishmentEdit.setObjectName(u"establishmentEdit")

        self.placeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.establishmentEdit)

        self.unitLabel = QLabel(self.placeGroup)
        self.unitLabel.setObjectName(u"unitLabel")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(self.placeGroup)
        self.unitEdit.setObjectName(u"unitEdit")

        self.placeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.poleLabel = QLabel(self.placeGroup)
        self.poleLabel.setObjectName(u"poleLabel")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.poleLabel)

        self.poleEdit = QLineEdit(self.placeGroup)
        self.poleEdit.setObjectName(u"poleEdit")

        self.placeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.poleEdit)


        self.reportContentsLayout.addWidget(self.placeGroup)

        self.classificationGroup = QGroupBox(self.reportContents)
        self.classificationGroup.setObjectName(u"classificationGroup")
        self.classificationForm = QFormLayout(self.classificationGroup)
        self.classificationForm.setObjectName(u"classificationForm")
        self.categoryLabel = QLabel(self.classificationGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(self.classificationGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.classificationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.levelLabel = QLabel(self.classificationGroup)
        self.levelLabel.setObjectName(u"levelLabel")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.levelLabel)

        self.levelCombo = QComboBox(self.classificationGroup)
        self.levelCombo.setObjectName(u"levelCombo")

        self.classificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.levelCombo)

        self.levelHelpLabel = QLabel(self.classificationGroup)
        self.levelHelpLabel.setObjectName(u"levelHelpLabel")
        self.levelHelpLabel.setWordWrap(True)

        self.classificationForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.levelHelpLabel)


        self.reportContentsLayout.addWidget(self.classificationGroup)

        self.factsGroup = QGroupBox(self.reportContents)
        self.factsGroup.setObjectName(u"factsGroup")
        self.factsForm = QFormLayout(self.factsGroup)
        self.factsForm.setObjectName(u"factsForm")
        self.occurredOnCheck = QCheckBox(self.factsGroup)
        self.occurredOnCheck.setObjectName(u"occurredOnCheck")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.occurredOnCheck)

        self.occurredOnEdit = QDateEdit(self.factsGroup)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")
        self.occurredOnEdit.setCalendarPopup(True)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.occurredAtCheck = QCheckBox(self.factsGroup)
        self.occurredAtCheck.setObjectName(u"occurredAtCheck")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.occurredAtCheck)

        self.occurredAtEdit = QTimeEdit(self.factsGroup)
        self.occurredAtEdit.setObjectName(u"occurredAtEdit")
        self.occurredAtEdit.setDisplayFormat(u"HH:mm")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.occurredAtEdit)

        self.placeLabel = QLabel(self.factsGroup)
        self.placeLabel.setObjectName(u"placeLabel")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(self.factsGroup)
        self.placeEdit.setObjectName(u"placeEdit")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.descriptionLabel = QLabel(self.factsGroup)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(self.factsGroup)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setTabChangesFocus(True)
        self.descriptionEdit.setMinimumHeight(90)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.circumstancesLabel = QLabel(self.factsGroup)
        self.circumstancesLabel.setObjectName(u"circumstancesLabel")

        self.factsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.circumstancesLabel)

        self.circumstancesEdit = QPlainTextEdit(self.factsGroup)
        self.circumstancesEdit.setObjectName(u"circumstancesEdit")
        self.circumstancesEdit.setTabChangesFocus(True)
        self.circumstancesEdit.setMaximumHeight(90)

        self.factsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.circumstancesEdit)

        self.repeatedCheck = QCheckBox(self.factsGroup)
        self.repeatedCheck.setObjectName(u"repeatedCheck")

        self.factsForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.repeatedCheck)

        self.firstOccurredCheck = QCheckBox(self.factsGroup)
        self.firstOccurredCheck.setObjectName(u"firstOccurredCheck")

        self.factsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.firstOccurredCheck)

        self.firstOccurredEdit = QDateEdit(self.factsGroup)
        self.firstOccurredEdit.setObjectName(u"firstOccurredEdit")
        self.firstOccurredEdit.setCalendarPopup(True)

        self.factsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.firstOccurredEdit)


        self.reportContentsLayout.addWidget(self.factsGroup)

        self.impactGroup = QGroupBox(self.reportContents)
        self.impactGroup.setObjectName(u"impactGroup")
        self.impactForm = QFormLayout(self.impactGroup)
        self.impactForm.setObjectName(u"impactForm")
        self.healthNoteLabel = QLabel(self.impactGroup)
        self.healthNoteLabel.setObjectName(u"healthNoteLabel")
        self.healthNoteLabel.setWordWrap(True)
        self.healthNoteLabel.setStyleSheet(u"font-style: italic;")

        self.impactForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.healthNoteLabel)

        self.impactDescriptionLabel = QLabel(self.impactGroup)
        self.impactDescriptionLabel.setObjectName(u"impactDescriptionLabel")

        self.impactForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.impactDescriptionLabel)

        self.impactDescriptionEdit = QPlainTextEdit(self.impactGroup)
        self.impactDescriptionEdit.setObjectName(u"impactDescriptionEdit")
        self.impactDescriptionEdit.setTabChangesFocus(True)
        self.impactDescriptionEdit.setMaximumHeight(90)

        self.impactForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.impactDescriptionEdit)

        self.sickLeaveCheck = QCheckBox(self.impactGroup)
        self.sickLeaveCheck.setObjectName(u"sickLeaveCheck")

        self.impactForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sickLeaveCheck)

        self.sickLeaveDaysSpin = QSpinBox(self.impactGroup)
        self.sickLeaveDaysSpin.setObjectName(u"sickLeaveDaysSpin")
        self.sickLeaveDaysSpin.setMinimum(-1)
        self.sickLeaveDaysSpin.setMaximum(3650)
        self.sickLeaveDaysSpin.setValue(-1)

        self.impactForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sickLeaveDaysSpin)

        self.workAccidentCheck = QCheckBox(self.impactGroup)
        self.workAccidentCheck.setObjectName(u"workAccidentCheck")

        self.impactForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.workAccidentCheck)

        self.ittLabel = QLabel(self.impactGroup)
        self.ittLabel.setObjectName(u"ittLabel")

        self.impactForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ittLabel)

        self.ittDaysSpin = QSpinBox(self.impactGroup)
        self.ittDaysSpin.setObjectName(u"ittDaysSpin")
        self.ittDaysSpin.setMinimum(-1)
        self.ittDaysSpin.setMaximum(3650)
        self.ittDaysSpin.setValue(-1)

        self.impactForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.ittDaysSpin)


        self.reportContentsLayout.addWidget(self.impactGroup)

        self.followGroup = QGroupBox(self.reportContents)
        self.followGroup.setObjectName(u"followGroup")
        self.followForm = QFormLayout(self.followGroup)
        self.followForm.setObjectName(u"followForm")
        self.actionsTakenLabel = QLabel(self.followGroup)
        self.actionsTakenLabel.setObjectName(u"actionsTakenLabel")

        self.followForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.actionsTakenLabel)

        self.actionsTakenEdit = QPlainTextEdit(self.followGroup)
        self.actionsTakenEdit.setObjectName(u"actionsTakenEdit")
        self.actionsTakenEdit.setTabChangesFocus(True)
        self.actionsTakenEdit.setMaximumHeight(90)

        self.followForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.actionsTakenEdit)

        self.expectationsLabel = QLabel(self.followGroup)
        self.expectationsLabel.setObjectName(u"expectationsLabel")

        self.followForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expectationsLabel)

        self.expectationsEdit = QPlainTextEdit(self.followGroup)
        self.expectationsEdit.setObjectName(u"expectationsEdit")
        self.expectationsEdit.setTabChangesFocus(True)
        self.expectationsEdit.setMaximumHeight(90)

        self.followForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expectationsEdit)

        self.facilitatorLabel = QLabel(self.followGroup)
        self.facilitatorLabel.setObjectName(u"facilitatorLabel")

        self.followForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.facilitatorLabel)

        self.facilitatorEdit = QLineEdit(self.followGroup)
        self.facilitatorEdit.setObjectName(u"facilitatorEdit")

        self.followForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.facilitatorEdit)


        self.reportContentsLayout.addWidget(self.followGroup)

        self.reportScroll.setWidget(self.reportContents)

        self.reportLayout.addWidget(self.reportScroll)

        self.tabWidget.addTab(self.reportTab, "")
        self.partiesTab = QWidget()
        self.partiesTab.setObjectName(u"partiesTab")
        self.partiesLayout = QVBoxLayout(self.partiesTab)
        self.partiesLayout.setObjectName(u"partiesLayout")
        self.partiesHelpLabel = QLabel(self.partiesTab)
        self.partiesHelpLabel.setObjectName(u"partiesHelpLabel")
        self.partiesHelpLabel.setWordWrap(True)

        self.partiesLayout.addWidget(self.partiesHelpLabel)

        self.partiesView = QTableView(self.partiesTab)
        self.partiesView.setObjectName(u"partiesView")
        self.partiesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partiesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.partiesView.setAlternatingRowColors(True)
        self.partiesView.setTabKeyNavigation(False)
        self.partiesView.horizontalHeader().setStretchLastSection(True)
        self.partiesView.verticalHeader().setVisible(False)

        self.partiesLayout.addWidget(self.partiesView)

        self.partiesButtons = QHBoxLayout()
        self.partiesButtons.setObjectName(u"partiesButtons")
        self.addPartyButton = QPushButton(self.partiesTab)
        self.addPartyButton.setObjectName(u"addPartyButton")

        self.partiesButtons.addWidget(self.addPartyButton)

        self.removePartyButton = QPushButton(self.partiesTab)
        self.removePartyButton.setObjectName(u"removePartyButton")

        self.partiesButtons.addWidget(self.removePartyButton)

        self.partiesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.partiesButtons.addItem(self.partiesSpacer)


        self.partiesLayout.addLayout(self.partiesButtons)

        self.tabWidget.addTab(self.partiesTab, "")
        self.workflowTab = QWidget()
        self.workflowTab.setObjectName(u"workflowTab")
        self.workflowLayout = QVBoxLayout(self.workflowTab)
        self.workflowLayout.setObjectName(u"workflowLayout")
        self.historyLabel = QLabel(self.workflowTab)
        self.historyLabel.setObjectName(u"historyLabel")

        self.workflowLayout.addWidget(self.historyLabel)

        self.transitionsView = QTableView(self.workflowTab)
        self.transitionsView.setObjectName(u"transitionsView")
        self.transitionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.transitionsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.transitionsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.transitionsView.setAlternatingRowColors(True)
        self.transitionsView.setTabKeyNavigation(False)
        self.transitionsView.horizontalHeader().setStretchLastSection(True)
        self.transitionsView.verticalHeader().setVisible(False)

        self.workflowLayout.addWidget(self.transitionsView)

        self.workflowDeadlinesGroup = QGroupBox(self.workflowTab)
        self.workflowDeadlinesGroup.setObjectName(u"workflowDeadlinesGroup")
        self.workflowDeadlinesLayout = QVBoxLayout(self.workflowDeadlinesGroup)
        self.workflowDeadlinesLayout.setObjectName(u"workflowDeadlinesLayout")

        self.workflowLayout.addWidget(self.workflowDeadlinesGroup)

        self.nextStepsGroup = QGroupBox(self.workflowTab)
        self.nextStepsGroup.setObjectName(u"nextStepsGroup")
        self.nextStepsGroupLayout = QVBoxLayout(self.nextStepsGroup)
        self.nextStepsGroupLayout.setObjectName(u"nextStepsGroupLayout")
        self.nextStepsLayout = QHBoxLayout()
        self.nextStepsLayout.setObjectName(u"nextStepsLayout")

        self.nextStepsGroupLayout.addLayout(self.nextStepsLayout)

        self.feedbackLayout = QHBoxLayout()
        self.feedbackLayout.setObjectName(u"feedbackLayout")
        self.feedbackButton = QPushButton(self.nextStepsGroup)
        self.feedbackButton.setObjectName(u"feedbackButton")

        self.feedbackLayout.addWidget(self.feedbackButton)

        self.feedbackSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.feedbackLayout.addItem(self.feedbackSpacer)


        self.nextStepsGroupLayout.addLayout(self.feedbackLayout)


        self.workflowLayout.addWidget(self.nextStepsGroup)

        self.tabWidget.addTab(self.workflowTab, "")
        self.followUpTab = QWidget()
        self.followUpTab.setObjectName(u"followUpTab")
        self.followUpLayout = QVBoxLayout(self.followUpTab)
        self.followUpLayout.setObjectName(u"followUpLayout")
        self.recordsView = QTableView(self.followUpTab)
        self.recordsView.setObjectName(u"recordsView")
        self.recordsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recordsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recordsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.recordsView.setAlternatingRowColors(True)
        self.recordsView.setTabKeyNavigation(False)
        self.recordsView.horizontalHeader().setStretchLastSection(True)
        self.recordsView.verticalHeader().setVisible(False)

        self.followUpLayout.addWidget(self.recordsView)

        self.recordButtons = QHBoxLayout()
        self.recordButtons.setObjectName(u"recordButtons")
        self.addOrientationButton = QPushButton(self.followUpTab)
        self.addOrientationButton.setObjectName(u"addOrientationButton")

        self.recordButtons.addWidget(self.addOrientationButton)

        self.addMeasureButton = QPushButton(self.followUpTab)
        self.addMeasureButton.setObjectName(u"addMeasureButton")

        self.recordButtons.addWidget(self.addMeasureButton)

        self.addNoteButton = QPushButton(self.followUpTab)
        self.addNoteButton.setObjectName(u"addNoteButton")

        self.recordButtons.addWidget(self.addNoteButton)

        self.addExchangeButton = QPushButton(self.followUpTab)
        self.addExchangeButton.setObjectName(u"addExchangeButton")

        self.recordButtons.addWidget(self.addExchangeButton)

        self.recordSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recordButtons.addItem(self.recordSpacer)

        self.editRecordButton = QPushButton(self.followUpTab)
        self.editRecordButton.setObjectName(u"editRecordButton")

        self.recordButtons.addWidget(self.editRecordButton)


        self.followUpLayout.addLayout(self.recordButtons)

        self.tabWidget.addTab(self.followUpTab, "")

        self.mainLayout.addWidget(self.tabWidget)

        self.footerLayout = QHBoxLayout()
        self.footerLayout.setObjectName(u"footerLayout")
        self.unsavedLabel = QLabel(CaseDetailWindow)
        self.unsavedLabel.setObjectName(u"unsavedLabel")
        self.unsavedLabel.setStyleSheet(u"font-weight: 600;")

        self.footerLayout.addWidget(self.unsavedLabel)

        self.footerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.footerLayout.addItem(self.footerSpacer)

        self.saveButton = QPushButton(CaseDetailWindow)
        self.saveButton.setObjectName(u"saveButton")

        self.footerLayout.addWidget(self.saveButton)

        self.closeButton = QPushButton(CaseDetailWindow)
        self.closeButton.setObjectName(u"closeButton")

        self.footerLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.footerLayout)

#if QT_CONFIG(shortcut)
        self.channelLabel.setBuddy(self.channelCombo)
        self.reporterRoleLabel.setBuddy(self.reporterRoleCombo)
        self.originLabel.setBuddy(self.originCombo)
        self.reporterNameLabel.setBuddy(self.reporterNameEdit)
        self.reporterContactLabel.setBuddy(self.reporterContactEdit)
        self.reporterProfessionLabel.setBuddy(self.reporterProfessionCombo)
        self.reporterUnitLabel.setBuddy(self.reporterUnitEdit)
        self.establishmentLabel.setBuddy(self.establishmentEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.poleLabel.setBuddy(self.poleEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.levelLabel.setBuddy(self.levelCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.circumstancesLabel.setBuddy(self.circumstancesEdit)
        self.impactDescriptionLabel.setBuddy(self.impactDescriptionEdit)
        self.ittLabel.setBuddy(self.ittDaysSpin)
        self.actionsTakenLabel.setBuddy(self.actionsTakenEdit)
        self.expectationsLabel.setBuddy(self.expectationsEdit)
        self.facilitatorLabel.setBuddy(self.facilitatorEdit)
        self.historyLabel.setBuddy(self.transitionsView)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.tabWidget, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.reporterRoleCombo)
        QWidget.setTabOrder(self.reporterRoleCombo, self.originCombo)
        QWidget.setTabOrder(self.originCombo, self.anonymousCheck)
        QWidget.setTabOrder(self.anonymousCheck, self.reporterNameEdit)
        QWidget.setTabOrder(self.reporterNameEdit, self.reporterContactEdit)
        QWidget.setTabOrder(self.reporterContactEdit, self.reporterProfessionCombo)
        QWidget.setTabOrder(self.reporterProfessionCombo, self.reporterUnitEdit)
        QWidget.setTabOrder(self.reporterUnitEdit, self.establishmentEdit)
        QWidget.setTabOrder(self.establishmentEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.poleEdit)
        QWidget.setTabOrder(self.poleEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.levelCombo)
        QWidget.setTabOrder(self.levelCombo, self.occurredOnCheck)
        QWidget.setTabOrder(self.occurredOnCheck, self.occurredOnEdit)
        QWidget.setTabOrder(self.occurredOnEdit, self.occurredAtCheck)
        QWidget.setTabOrder(self.occurredAtCheck, self.occurredAtEdit)
        QWidget.setTabOrder(self.occurredAtEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.circumstancesEdit)
        QWidget.setTabOrder(self.circumstancesEdit, self.repeatedCheck)
        QWidget.setTabOrder(self.repeatedCheck, self.firstOccurredCheck)
        QWidget.setTabOrder(self.firstOccurredCheck, self.firstOccurredEdit)
        QWidget.setTabOrder(self.firstOccurredEdit, self.impactDescriptionEdit)
        QWidget.setTabOrder(self.impactDescriptionEdit, self.sickLeaveCheck)
        QWidget.setTabOrder(self.sickLeaveCheck, self.sickLeaveDaysSpin)
        QWidget.setTabOrder(self.sickLeaveDaysSpin, self.workAccidentCheck)
        QWidget.setTabOrder(self.workAccidentCheck, self.ittDaysSpin)
        QWidget.setTabOrder(self.ittDaysSpin, self.actionsTakenEdit)
        QWidget.setTabOrder(self.actionsTakenEdit, self.expectationsEdit)
        QWidget.setTabOrder(self.expectationsEdit, self.facilitatorEdit)
        QWidget.setTabOrder(self.facilitatorEdit, self.partiesView)
        QWidget.setTabOrder(self.partiesView, self.addPartyButton)
        QWidget.setTabOrder(self.addPartyButton, self.removePartyButton)
        QWidget.setTabOrder(self.removePartyButton, self.transitionsView)
        QWidget.setTabOrder(self.transitionsView, self.feedbackButton)
        QWidget.setTabOrder(self.feedbackButton, self.recordsView)
        QWidget.setTabOrder(self.recordsView, self.addOrientationButton)
        QWidget.setTabOrder(self.addOrientationButton, self.addMeasureButton)
        QWidget.setTabOrder(self.addMeasureButton, self.addNoteButton)
        QWidget.setTabOrder(self.addNoteButton, self.addExchangeButton)
        QWidget.setTabOrder(self.addExchangeButton, self.editRecordButton)
        QWidget.setTabOrder(self.editRecordButton, self.reloadButton)
        QWidget.setTabOrder(self.reloadButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.closeButton)

        self.retranslateUi(CaseDetailWindow)

        self.tabWidget.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseDetailWindow)
    # setupUi

    def retranslateUi(self, CaseDetailWindow):
        CaseDetailWindow.setWindowTitle(QCoreApplication.translate("CaseDetailWindow", u"Case[*] \u2014 Hospital Mediation", None))
#if QT_CONFIG(accessibility)
        self.titleLabel.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Case reference", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusBadge.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Status of the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.reloadButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Re&load the case", None))
#if QT_CONFIG(accessibility)
        self.reloadButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Reload the case as saved by someone else", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.busyBar.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Working", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.tabWidget.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Sections of the case", None))
#endif // QT_CONFIG(accessibility)
        self.referenceCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Reference", None))
#if QT_CONFIG(accessibility)
        self.referenceValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Reference", None))
#endif // QT_CONFIG(accessibility)
        self.statusCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Status", None))
#if QT_CONFIG(accessibility)
        self.statusValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Status", None))
#endif // QT_CONFIG(accessibility)
        self.openedCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Opened on", None))
#if QT_CONFIG(accessibility)
        self.openedValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Opened on", None))
#endif // QT_CONFIG(accessibility)
        self.receivedCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Report received on", None))
#if QT_CONFIG(accessibility)
        self.receivedValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Report received on", None))
#endif // QT_CONFIG(accessibility)
        self.acknowledgedCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Acknowledged on", None))
#if QT_CONFIG(accessibility)
        self.acknowledgedValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Acknowledged on", None))
#endif // QT_CONFIG(accessibility)
        self.feedbackCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Feedback given on", None))
#if QT_CONFIG(accessibility)
        self.feedbackValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Feedback given on", None))
#endif // QT_CONFIG(accessibility)
        self.closedCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Closed on", None))
#if QT_CONFIG(accessibility)
        self.closedValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Closed on", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Outcome", None))
#if QT_CONFIG(accessibility)
        self.outcomeValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.categoryCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Category", None))
#if QT_CONFIG(accessibility)
        self.categoryValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.levelCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"ONVS level", None))
#if QT_CONFIG(accessibility)
        self.levelValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"ONVS level", None))
#endif // QT_CONFIG(accessibility)
        self.unitCaption.setText(QCoreApplication.translate("CaseDetailWindow", u"Unit", None))
#if QT_CONFIG(accessibility)
        self.unitValue.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.summaryDeadlinesGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Deadlines", None))
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.summaryTab), QCoreApplication.translate("CaseDetailWindow", u"Summar&y", None))
        self.reportGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Report", None))
        self.channelLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"C&hannel", None))
#if QT_CONFIG(accessibility)
        self.channelCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Channel of the report", None))
#endif // QT_CONFIG(accessibility)
        self.reporterRoleLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"The reporter is the", None))
#if QT_CONFIG(accessibility)
        self.reporterRoleCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"The reporter is the victim or a witness", None))
#endif // QT_CONFIG(accessibility)
        self.originLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Ori&gin of the violence", None))
#if QT_CONFIG(accessibility)
        self.originCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Origin of the violence", None))
#endif // QT_CONFIG(accessibility)
        self.anonymousCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"&Anonymous report (no acknowledgement is owed)", None))
#if QT_CONFIG(accessibility)
        self.anonymousCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Anonymous report", None))
#endif // QT_CONFIG(accessibility)
        self.reporterGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Reporting person", None))
        self.reporterNameLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.reporterNameEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Name of the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.reporterContactLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.reporterContactEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Contact of the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.reporterProfessionLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Profession", None))
#if QT_CONFIG(accessibility)
        self.reporterProfessionCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Profession of the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.reporterUnitLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Their unit", None))
#if QT_CONFIG(accessibility)
        self.reporterUnitEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Unit of the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.placeGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Establishment", None))
        self.establishmentLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Establishment", None))
#if QT_CONFIG(accessibility)
        self.establishmentEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Establishment", None))
#endif // QT_CONFIG(accessibility)
        self.unitLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Un&it", None))
#if QT_CONFIG(accessibility)
        self.unitEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Unit", None))
#endif // QT_CONFIG(accessibility)
        self.poleLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Division (p\u00f4le)", None))
#if QT_CONFIG(accessibility)
        self.poleEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Division (p\u00f4le)", None))
#endif // QT_CONFIG(accessibility)
        self.classificationGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Classification", None))
        self.categoryLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Category", None))
#endif // QT_CONFIG(accessibility)
        self.levelLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"ONVS le&vel", None))
#if QT_CONFIG(accessibility)
        self.levelCombo.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"ONVS severity level", None))
#endif // QT_CONFIG(accessibility)
        self.levelHelpLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"The ONVS grades attacks on persons from 1 (insults) to 4 (armed or sexual violence, sequestration). Leave it empty when it does not apply.", None))
        self.factsGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Facts", None))
        self.occurredOnCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"Date of the &facts", None))
#if QT_CONFIG(accessibility)
        self.occurredOnCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"The date of the facts is known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredOnEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Date of the facts", None))
#endif // QT_CONFIG(accessibility)
        self.occurredAtCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"Time", None))
#if QT_CONFIG(accessibility)
        self.occurredAtCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"The time of the facts is known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.occurredAtEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Time of the facts", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Place", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Place of the facts", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"&Description", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Description of the facts", None))
#endif // QT_CONFIG(accessibility)
        self.circumstancesLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Circumstances", None))
#if QT_CONFIG(accessibility)
        self.circumstancesEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Circumstances of the facts", None))
#endif // QT_CONFIG(accessibility)
        self.repeatedCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"The facts are repeated", None))
#if QT_CONFIG(accessibility)
        self.repeatedCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"The facts are repeated", None))
#endif // QT_CONFIG(accessibility)
        self.firstOccurredCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"First occurrence", None))
#if QT_CONFIG(accessibility)
        self.firstOccurredCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"The date of the first occurrence is known", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.firstOccurredEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Date of the first occurrence", None))
#endif // QT_CONFIG(accessibility)
        self.impactGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Impact \u2014 health data", None))
        self.healthNoteLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Health data (GDPR art. 9): record only what the handling of the case needs.", None))
        self.impactDescriptionLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"&Effects on health", None))
#if QT_CONFIG(accessibility)
        self.impactDescriptionEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Effects on health (health data)", None))
#endif // QT_CONFIG(accessibility)
        self.sickLeaveCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"Sic&k leave", None))
#if QT_CONFIG(accessibility)
        self.sickLeaveCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Sick leave (health data)", None))
#endif // QT_CONFIG(accessibility)
        self.sickLeaveDaysSpin.setSpecialValueText(QCoreApplication.translate("CaseDetailWindow", u"number of days not given", None))
        self.sickLeaveDaysSpin.setSuffix(QCoreApplication.translate("CaseDetailWindow", u" days", None))
#if QT_CONFIG(accessibility)
        self.sickLeaveDaysSpin.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Days of sick leave", None))
#endif // QT_CONFIG(accessibility)
        self.workAccidentCheck.setText(QCoreApplication.translate("CaseDetailWindow", u"Declared as a work accident", None))
#if QT_CONFIG(accessibility)
        self.workAccidentCheck.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Declared as a work accident (health data)", None))
#endif // QT_CONFIG(accessibility)
        self.ittLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"ITT (days of total incapacity)", None))
        self.ittDaysSpin.setSpecialValueText(QCoreApplication.translate("CaseDetailWindow", u"not given", None))
        self.ittDaysSpin.setSuffix(QCoreApplication.translate("CaseDetailWindow", u" days", None))
#if QT_CONFIG(accessibility)
        self.ittDaysSpin.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Days of total incapacity for work (health data)", None))
#endif // QT_CONFIG(accessibility)
        self.followGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Actions and expectations", None))
        self.actionsTakenLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Actions already taken", None))
#if QT_CONFIG(accessibility)
        self.actionsTakenEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Actions already taken", None))
#endif // QT_CONFIG(accessibility)
        self.expectationsLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"E&xpectations", None))
#if QT_CONFIG(accessibility)
        self.expectationsEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Expectations of the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.facilitatorLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Facilitator (union, association)", None))
#if QT_CONFIG(accessibility)
        self.facilitatorEdit.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Facilitator", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.reportTab), QCoreApplication.translate("CaseDetailWindow", u"&Report", None))
        self.partiesHelpLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Persons concerned by the facts and witnesses. Names are optional; what is said of a person concerned is presumed. Edit a cell with F2 or a double click; tick with Space. Saved with the report.", None))
#if QT_CONFIG(accessibility)
        self.partiesView.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Persons concerned and witnesses", None))
#endif // QT_CONFIG(accessibility)
        self.addPartyButton.setText(QCoreApplication.translate("CaseDetailWindow", u"&Add a person", None))
#if QT_CONFIG(accessibility)
        self.addPartyButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Add a person concerned or a witness", None))
#endif // QT_CONFIG(accessibility)
        self.removePartyButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.removePartyButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Remove the selected person", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.partiesTab), QCoreApplication.translate("CaseDetailWindow", u"&Parties", None))
        self.historyLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"History", None))
#if QT_CONFIG(accessibility)
        self.transitionsView.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"History of the workflow", None))
#endif // QT_CONFIG(accessibility)
        self.workflowDeadlinesGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Deadlines", None))
        self.nextStepsGroup.setTitle(QCoreApplication.translate("CaseDetailWindow", u"Next step", None))
        self.feedbackButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Record &feedback to the reporter\u2026", None))
#if QT_CONFIG(accessibility)
        self.feedbackButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Record the feedback given to the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.workflowTab), QCoreApplication.translate("CaseDetailWindow", u"&Workflow", None))
#if QT_CONFIG(accessibility)
        self.recordsView.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Orientations, measures, notes and exchanges", None))
#endif // QT_CONFIG(accessibility)
        self.addOrientationButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Add orie&ntation\u2026", None))
#if QT_CONFIG(accessibility)
        self.addOrientationButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Add an orientation towards a support service or an authority", None))
#endif // QT_CONFIG(accessibility)
        self.addMeasureButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Add &measure\u2026", None))
#if QT_CONFIG(accessibility)
        self.addMeasureButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Add a measure", None))
#endif // QT_CONFIG(accessibility)
        self.addNoteButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Add n&ote\u2026", None))
#if QT_CONFIG(accessibility)
        self.addNoteButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Add a note", None))
#endif // QT_CONFIG(accessibility)
        self.addExchangeButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Add e&xchange\u2026", None))
#if QT_CONFIG(accessibility)
        self.addExchangeButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Add an exchange with the reporter", None))
#endif // QT_CONFIG(accessibility)
        self.editRecordButton.setText(QCoreApplication.translate("CaseDetailWindow", u"&Edit\u2026", None))
#if QT_CONFIG(accessibility)
        self.editRecordButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Edit the selected record", None))
#endif // QT_CONFIG(accessibility)
        self.tabWidget.setTabText(self.tabWidget.indexOf(self.followUpTab), QCoreApplication.translate("CaseDetailWindow", u"Follow-&up", None))
        self.unsavedLabel.setText(QCoreApplication.translate("CaseDetailWindow", u"Unsaved changes", None))
        self.saveButton.setText(QCoreApplication.translate("CaseDetailWindow", u"&Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("CaseDetailWindow", u"Save the report and the parties (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Save the report and the parties", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("CaseDetailWindow", u"Close", None))
#if QT_CONFIG(tooltip)
        self.closeButton.setToolTip(QCoreApplication.translate("CaseDetailWindow", u"Close the case (Ctrl+W)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("CaseDetailWindow", u"Close the case", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

