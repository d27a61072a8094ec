package org.airace.kg.source;

/** Article texts written for these tests (not taken from any real article). */
final class Samples {

    private Samples() {}

    /** Traditional Chinese with a header, the ETEN characters 碁 and 銹, and full-width punctuation. */
    static final String TRADITIONAL = "標題：新晶片廠的用電爭議\n"
            + "作者：林雅婷\n"
            + "日期：2024年11月3日\n"
            + "\n"
            + "臺灣的研究團隊上週公布新一代語音模型，宣稱只用了過去一半的運算資源。"
            + "業者認為，記憶體價格上漲將影響明年的伺服器採購計畫。\n"
            + "圍棋愛好者把棋盤稱為碁盤，老舊的鐵門早已生銹。\n";

    /** Simplified Chinese body without header. */
    static final String SIMPLIFIED = "北京的创业公司本月发布了开源推理模型，声称训练成本不到同类产品的十分之一。"
            + "分析人士指出，芯片供应仍是行业面临的主要瓶颈。\n";

    static final String ENGLISH = "Title: Data centres strain the grid\n"
            + "Author: Jane Miller\n"
            + "Date: March 4, 2024\n\n"
            + "Utilities in three states said demand from new server farms doubled within a year, "
            + "and regulators are asking who should pay for the new transmission lines.\n";
}
