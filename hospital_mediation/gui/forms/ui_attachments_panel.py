# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'attachments_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AttachmentsPanel(object):
    def setupUi(self, AttachmentsPanel):
        if not AttachmentsPanel.objectName():
            AttachmentsPanel.setObjectName(u"AttachmentsPanel")
        AttachmentsPanel.resize(960, 560)
        self.panelLayout = QVBoxLayout(AttachmentsPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(0, 0, 0, 0)
        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.addButton = QPushButton(AttachmentsPanel)
        self.addButton.setObjectName(u"addButton")

        self.actionsLayout.addWidget(self.addButton)

        self.exportButton = QPushButton(AttachmentsPanel)
        self.exportButton.setObjectName(u"exportButton")

        self.actionsLayout.addWidget(self.exportButton)

        self.openExternallyButton = QPushButton(AttachmentsPanel)
        self.openExternallyButton.setObjectName(u"openExternallyButton")

        self.actionsLayout.addWidget(self.openExternallyButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)


        self.panelLayout.addLayout(self.actionsLayout)

        self.hintLabel = QLabel(AttachmentsPanel)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.hintLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.hintLabel)

        self.importsArea = QWidget(AttachmentsPanel)
        self.importsArea.setObjectName(u"importsArea")
        self.importsLayout = QVBoxLayout(self.importsArea)
        self.importsLayout.setObjectName(u"importsLayout")
        self.importsLayout.setContentsMargins(0, 0, 0, 0)

        self.panelLayout.addWidget(self.importsArea)

        self.messageLabel = QLabel(AttachmentsPanel)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.panelLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(AttachmentsPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.listPane = QWidget(self.splitter)
        self.listPane.setObjectName(u"listPane")
        self.listLayout = QVBoxLayout(self.listPane)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.attachmentsView = QTableView(self.listPane)
        self.attachmentsView.setObjectName(u"attachmentsView")
        self.attachmentsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.attachmentsView.setAlternatingRowColors(True)
        self.attachmentsView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.attachmentsView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.attachmentsView.setSortingEnabled(True)
        self.attachmentsView.setWordWrap(False)
        self.attachmentsView.setTabKeyNavigation(False)
        self.attachmentsView.horizontalHeader().setStretchLastSection(True)
        self.attachmentsView.verticalHeader().setVisible(False)

        self.listLayout.addWidget(self.attachmentsView)

        self.shaLayout = QHBoxLayout()
        self.shaLayout.setObjectName(u"shaLayout")
        self.shaLabel = QLabel(self.listPane)
        self.shaLabel.setObjectName(u"shaLabel")

        self.shaLayout.addWidget(self.shaLabel)

        self.shaEdit = QLineEdit(self.listPane)
        self.shaEdit.setObjectName(u"shaEdit")
        self.shaEdit.setReadOnly(True)

        self.shaLayout.addWidget(self.shaEdit)

        self.copyShaButton = QPushButton(self.listPane)
        self.copyShaButton.setObjectName(u"copyShaButton")

        self.shaLayout.addWidget(self.copyShaButton)


        self.listLayout.addLayout(self.shaLayout)

        self.splitter.addWidget(self.listPane)
        self.previewStack = QStackedWidget(self.splitter)
        self.previewStack.setObjectName(u"previewStack")
        self.messagePage = QWidget()
        self.messagePage.setObjectName(u"messagePage")
        self.messagePageLayout = QVBoxLayout(self.messagePage)
        self.messagePageLayout.setObjectName(u"messagePageLayout")
        self.messageTopSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.messagePageLayout.addItem(self.messageTopSpacer)

        self.previewMessageLabel = QLabel(self.messagePage)
        self.previewMessageLabel.setObjectName(u"previewMessageLabel")
        self.previewMessageLabel.setText(u"")
        self.previewMessageLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.previewMessageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previewMessageLabel.setWordWrap(True)

        self.messagePageLayout.addWidget(self.previewMessageLabel)

        self.previewBusyBar = QProgressBar(self.messagePage)
        self.previewBusyBar.setObjectName(u"previewBusyBar")
        self.previewBusyBar.setMaximum(0)
        self.previewBusyBar.setTextVisible(False)

        self.messagePageLayout.addWidget(self.previewBusyBar)

        self.messageBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.messagePageLayout.addItem(self.messageBottomSpacer)

        self.previewStack.addWidget(self.messagePage)
        self.imagePage = QWidget()
        self.imagePage.setObjectName(u"imagePage")
        self.imagePageLayout = QVBoxLayout(self.imagePage)
        self.imagePageLayout.setObjectName(u"imagePageLayout")
        self.imagePageLayout.setContentsMargins(0, 0, 0, 0)
        self.imageScroll = QScrollArea(self.imagePage)
        self.imageScroll.setObjectName(u"imageScroll")
        self.imageScroll.setWidgetResizable(True)
        self.imageScrollContents = QWidget()
        self.imageScrollContents.setObjectName(u"imageScrollContents")
        self.imageScrollLayout = QVBoxLayout(self.imageScrollContents)
        self.imageScrollLayout.setObjectName(u"imageScrollLayout")
        self.imageLabel = QLabel(self.imageScrollContents)
        self.imageLabel.setObjectName(u"imageLabel")
        self.imageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.imageScrollLayout.addWidget(self.imageLabel)

        self.imageScroll.setWidget(self.imageScrollContents)

        self.imagePageLayout.addWidget(self.imageScroll)

        self.previewStack.addWidget(self.imagePage)
        self.pdfPage = QWidget()
        self.pdfPage.setObjectName(u"pdfPage")
        self.pdfPageLayout = QVBoxLayout(self.pdfPage)
        self.pdfPageLayout.setObjectName(u"pdfPageLayout")
        self.pdfPageLayout.setContentsMargins(0, 0, 0, 0)
        self.pdfView = QPdfView(self.pdfPage)
        self.pdfView.setObjectName(u"pdfView")

        self.pdfPageLayout.addWidget(self.pdfView)

        self.previewStack.addWidget(self.pdfPage)
        self.textPage = QWidget()
        self.textPage.setObjectName(u"textPage")
        self.textPageLayout = QVBoxLayout(self.textPage)
        self.textPageLayout.setObjectName(u"textPageLayout")
        self.textPageLayout.setContentsMargins(0, 0, 0, 0)
        self.previewText = QPlainTextEdit(self.textPage)
        self.previewText.setObjectName(u"previewText")
        self.previewText.setReadOnly(True)
        self.previewText.setTabChangesFocus(True)

        self.textPageLayout.addWidget(self.previewText)

        self.previewStack.addWidget(self.textPage)
        self.splitter.addWidget(self.previewStack)

        self.panelLayout.addWidget(self.splitter)

        self.panelLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.shaLabel.setBuddy(self.shaEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.addButton, self.exportButton)
        QWidget.setTabOrder(self.exportButton, self.openExternallyButton)
        QWidget.setTabOrder(self.openExternallyButton, self.attachmentsView)
        QWidget.setTabOrder(self.attachmentsView, self.shaEdit)
        QWidget.setTabOrder(self.shaEdit, self.copyShaButton)
        QWidget.setTabOrder(self.copyShaButton, self.imageScroll)
        QWidget.setTabOrder(self.imageScroll, self.pdfView)
        QWidget.setTabOrder(self.pdfView, self.previewText)

        self.retranslateUi(AttachmentsPanel)

        self.previewStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(AttachmentsPanel)
    # setupUi

    def retranslateUi(self, AttachmentsPanel):
#if QT_CONFIG(accessibility)
        AttachmentsPanel.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Attachments", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AttachmentsPanel", u"&Add files\u2026", None))
#if QT_CONFIG(tooltip)
        self.addButton.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Encrypt files into the vault (you can also drop them here)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Add files", None))
#endif // QT_CONFIG(accessibility)
        self.exportButton.setText(QCoreApplication.translate("AttachmentsPanel", u"E&xport\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportButton.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Write a readable, unencrypted copy of the selected file where you choose", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.exportButton.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Export the selected file", None))
#endif // QT_CONFIG(accessibility)
        self.openExternallyButton.setText(QCoreApplication.translate("AttachmentsPanel", u"&Open with another program\u2026", None))
#if QT_CONFIG(tooltip)
        self.openExternallyButton.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"Decrypt the selected file to a temporary file and open it with the program your system uses for it", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.openExternallyButton.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Open the selected file with another program", None))
#endif // QT_CONFIG(accessibility)
        self.hintLabel.setText(QCoreApplication.translate("AttachmentsPanel", u"Drop files here to attach them. They are encrypted into the vault; the originals stay where they are.", None))
#if QT_CONFIG(accessibility)
        self.importsArea.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Files being added", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attachmentsView.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Attached files", None))
#endif // QT_CONFIG(accessibility)
        self.shaLabel.setText(QCoreApplication.translate("AttachmentsPanel", u"SHA-&256:", None))
#if QT_CONFIG(tooltip)
        self.shaEdit.setToolTip(QCoreApplication.translate("AttachmentsPanel", u"The fingerprint of the file recorded when it was added; checked again every time it is decrypted", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.shaEdit.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"SHA-256 of the selected file", None))
#endif // QT_CONFIG(accessibility)
        self.copyShaButton.setText(QCoreApplication.translate("AttachmentsPanel", u"&Copy SHA-256", None))
#if QT_CONFIG(accessibility)
        self.copyShaButton.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Copy the SHA-256 of the selected file", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewStack.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewMessageLabel.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Preview message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewBusyBar.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Decrypting the preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.imageScroll.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Image preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.imageLabel.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Image", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.pdfView.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"PDF preview", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewText.setAccessibleName(QCoreApplication.translate("AttachmentsPanel", u"Text preview", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

