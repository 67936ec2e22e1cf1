// SPDX-License-Identifier: MPL-2.0
// Every implementation name, service name and URL the extension uses, once.
#pragma once

namespace gongwen::ext
{

inline constexpr char kExtensionIdentifier[] = "org.gongwen.assistant";
inline constexpr char kExtensionUrlRoot[] = "vnd.sun.star.extension://org.gongwen.assistant/";

inline constexpr char kProtocol[] = "org.gongwen:";
inline constexpr char kProtocolHandlerImplementation[] = "org.gongwen.comp.ProtocolHandler";
inline constexpr char kProtocolHandlerService[] = "com.sun.star.frame.ProtocolHandler";

inline constexpr char kStructureCheckerImplementation[] = "org.gongwen.comp.StructureChecker";
inline constexpr char kStructureCheckerService[] = "org.gongwen.StructureChecker";

inline constexpr char kSectionCatalogImplementation[] = "org.gongwen.comp.SectionCatalog";
inline constexpr char kSectionCatalogService[] = "org.gongwen.SectionCatalog";

inline constexpr char kTallyBookImplementation[] = "org.gongwen.comp.TallyBook";
inline constexpr char kTallyBookService[] = "org.gongwen.TallyBook";

inline constexpr char kStatisticsLinkImplementation[] = "org.gongwen.comp.StatisticsLink";
inline constexpr char kStatisticsLinkService[] = "org.gongwen.StatisticsLink";

inline constexpr char kWordingRegisterImplementation[] = "org.gongwen.comp.WordingRegister";
inline constexpr char kWordingRegisterService[] = "org.gongwen.WordingRegister";

inline constexpr char kLayoutFormatterImplementation[] = "org.gongwen.comp.LayoutFormatter";
inline constexpr char kLayoutFormatterService[] = "org.gongwen.LayoutFormatter";
inline constexpr char kDocumentTypesImplementation[] = "org.gongwen.comp.DocumentTypes";
inline constexpr char kDocumentTypesService[] = "org.gongwen.DocumentTypes";

// Tools ▸ Options ▸ 公文助手 (extension/registry/OptionsDialog.xcu names the service).
inline constexpr char kOptionsPageImplementation[] = "org.gongwen.comp.OptionsPage";
inline constexpr char kOptionsPageService[] = "org.gongwen.OptionsPage";

// Puts our entries in Writer's text context menu (extension/registry/Jobs.xcu names the service).
inline constexpr char kContextMenuJobImplementation[] = "org.gongwen.comp.ContextMenuJob";
inline constexpr char kContextMenuJobService[] = "org.gongwen.ContextMenuJob";

// The sidebar deck's panels (extension/registry/Factories.xcu names the implementation).
inline constexpr char kPanelFactoryImplementation[] = "org.gongwen.comp.PanelFactory";
inline constexpr char kPanelFactoryService[] = "org.gongwen.PanelFactory";

// The live proofreader: the issue names its implementation like its service.
inline constexpr char kProofreaderImplementation[] = "org.gongwen.Proofreader";
inline constexpr char kProofreaderService[] = "org.gongwen.Proofreader";
inline constexpr char kProofreaderOfficeService[] = "com.sun.star.linguistic2.Proofreader";

} // namespace gongwen::ext
