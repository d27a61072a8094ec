package org.airace.kg.robust;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Writes a corpus of awkward inputs into a folder, each with the outcome a careful tool should give.
 * The articles are written for this test (no text from the development seeds).
 */
final class BadInputCorpus {

    /**
     * One input and what should happen to it.
     *
     * @param label  what the input is, for the printed table
     * @param file   file name (relative to the corpus folder) the run report names
     * @param status expected report status: ok, skipped or error
     * @param reason text the error or skip reason must contain (null for ok)
     */
    record Case(String label, String file, String status, String reason) {}

    static final String SIMPLIFIED = """
            标题：各地加速建设智能算力中心
            作者：林晓
            日期：2025年4月8日

            记者从多家云服务企业了解到，今年以来国内新建的智能算力中心数量明显增加。
            某大型互联网公司的技术负责人表示，公司计划在未来两年投入约三百亿元用于数据中心和自研芯片。
            业内人士认为，美国对高端图形处理器的出口限制促使国内企业转向自主研发的加速卡。
            华为和寒武纪的产品在部分场景中已经开始替代进口芯片，但软件生态仍是主要短板。
            分析师估计，到2026年国内智能算力规模将比2023年增长两倍以上。
            """;

    /** Only characters Big5 encodes, so the same text can be written in Big5, GB18030 and UTF-16. */
    static final String TRADITIONAL = """
            標題：半導體業者擴大先進封裝產能
            作者：陳志明
            日期：2025年5月12日

            台積電在股東會上表示，今年將把先進封裝產能提高一倍，以因應人工智慧晶片的強勁需求。
            董事長指出：「客戶對高效能運算的需求遠超過我們年初的預期。」
            市場研究機構估計，全球人工智慧伺服器出貨量今年將成長約四成。
            美國政府近期要求業者加強對中國客戶的審查，部分訂單因此延後交貨。
            經濟部官員說，政府會持續協助業者在海外設廠，同時確保關鍵技術留在國內。
            """;

    static final String ENGLISH = """
            Title: Chip export rules tighten again
            Author: Sam Porter
            Date: 2025-06-02

            Washington announced new limits on sales of advanced accelerators to China on Monday.
            Nvidia said the rules would cut its data-centre revenue by about 5 billion dollars this year.
            "We will comply with the new regulations," a company spokesperson said.
            Analysts expect Chinese cloud providers to buy more domestic chips from Huawei.
            """;

    private static final String FILLER = "各家企业加紧采购服务器，机房建设进度普遍提前，电力供应成为新的瓶颈。\n";

    private BadInputCorpus() {}

    /** Writes every input under {@code dir} and returns the expected outcomes, in report order. */
    static List<Case> write(Path dir, boolean canMakeUnreadable) throws IOException, InterruptedException {
        List<Case> cases = new ArrayList<>();
        Files.createDirectories(dir);

        Files.write(dir.resolve("empty.txt"), new byte[0]);
        cases.add(new Case("empty file", "empty.txt", "error", "empty file (0 bytes)"));

        byte[] binary = new byte[4096];
        new Random(7).nextBytes(binary);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        System.arraycopy(png, 0, binary, 0, png.length);
        Files.write(dir.resolve("binary.txt"), binary);
        cases.add(new Case("binary file (PNG bytes named .txt)", "binary.txt", "error", "binary content"));

        byte[] utf8 = SIMPLIFIED.strip().getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("truncated.txt"), Arrays.copyOf(utf8, utf8.length - 2));
        cases.add(new Case("truncated UTF-8 sequence at the end", "truncated.txt", "error", "looks truncated"));

        // The same article in three encodings: the same decoded text, so the same id; the first
        // in name order is extracted, the others are reported as the same text.
        Files.write(dir.resolve("article-big5.txt"), TRADITIONAL.getBytes(Charset.forName("Big5")));
        cases.add(new Case("Big5 article", "article-big5.txt", "ok", null));
        Files.write(dir.resolve("article-gb18030.txt"), TRADITIONAL.getBytes(Charset.forName("GB18030")));
        cases.add(new Case("same article, GB18030", "article-gb18030.txt", "skipped", "same text as"));
        Files.write(dir.resolve("article-utf16.txt"), TRADITIONAL.getBytes(StandardCharsets.UTF_16LE));
        cases.add(new Case("same article, UTF-16LE without BOM", "article-utf16.txt", "skipped", "same text as"));

        Files.writeString(dir.resolve("crlf.txt"), SIMPLIFIED.replace("\n", "\r\n"));
        cases.add(new Case("CRLF line ends", "crlf.txt", "ok", null));
        Files.writeString(dir.resolve("mixed-eol.txt"), mixLineEnds(SIMPLIFIED));
        cases.add(new Case("mixed CR, LF and CRLF line ends", "mixed-eol.txt", "ok", null));
        Files.writeString(dir.resolve("duplicate.txt"), SIMPLIFIED.replace("\n", "\r\n"));
        cases.add(new Case("duplicate document under another name", "duplicate.txt", "skipped", "same text as"));

        writeHuge(dir.resolve("huge-50mb.txt"), 50L * 1024 * 1024);
        cases.add(new Case("50 MB article", "huge-50mb.txt", "error", "too large"));

        StringBuilder lines = new StringBuilder("标题：短行测试\n\n");
        String[] shortLines = {"快讯", "更新", "本栏目完", "待续", "简讯一则"};
        for (int i = 0; i < 100_000; i++) {
            lines.append(shortLines[i % shortLines.length]).append('\n');
        }
        Files.writeString(dir.resolve("lines-100k.txt"), lines);
        cases.add(new Case("100,000 short lines", "lines-100k.txt", "ok", null));

        Files.writeString(dir.resolve("english.txt"), ENGLISH);
        cases.add(new Case("English-only article", "english.txt", "ok", null));

        Files.writeString(dir.resolve("header-contradictory.txt"), """
                标题：算力租赁价格下降
                日期：2025年7月1日
                日期：2024年1月9日
                发布时间：2025年13月45日

                多家算力租赁平台本月下调报价，部分型号的每小时租金降幅超过三成。
                """);
        cases.add(new Case("contradictory and impossible header dates", "header-contradictory.txt", "ok", null));

        Files.writeString(dir.resolve("sidecar-broken.txt"), "标题：模型评测结果公布\n\n第三方机构公布了多款大模型的评测结果。\n");
        Files.writeString(dir.resolve("sidecar-broken.meta.json"), "{\"title\": \"评测\", ");
        cases.add(new Case("malformed JSON sidecar", "sidecar-broken.txt", "error", "malformed JSON sidecar"));

        Files.writeString(dir.resolve("sidecar-wrongtype.txt"), "标题：芯片库存\n\n经销商称高端芯片库存仍然紧张。\n");
        Files.writeString(dir.resolve("sidecar-wrongtype.meta.json"), "{\"date\": 20250301}");
        cases.add(new Case("sidecar field of the wrong type", "sidecar-wrongtype.txt", "error", "must be a string"));

        Files.writeString(dir.resolve("sidecar-contradicts.txt"), "标题：园区扩建\n日期：2025年8月1日\n\n园区管委会宣布扩建计划。\n");
        Files.writeString(dir.resolve("sidecar-contradicts.meta.json"), "{\"date\": \"2024-02-03\", \"publisher\": \"示例日报\"}");
        cases.add(new Case("sidecar contradicting the header (sidecar wins)", "sidecar-contradicts.txt", "ok", null));

        Path locked = dir.resolve("unreadable.txt");
        if (canMakeUnreadable) {
            Files.writeString(locked, SIMPLIFIED + "补充：本文有更新。\n");
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            cases.add(new Case("unreadable file (mode 000)", "unreadable.txt", "error", "permission denied"));
        } else {
            // Root reads any mode: a named pipe is the file root cannot read as a document.
            Process mk = new ProcessBuilder("mkfifo", locked.toString()).start();
            if (mk.waitFor() != 0)
                throw new IOException("mkfifo failed");
            cases.add(new Case("unreadable file (root: a named pipe)", "unreadable.txt", "error", "not a regular file"));
        }

        Path loop = Files.createDirectories(dir.resolve("zz-loop"));
        Files.writeString(loop.resolve("inside.txt"), "标题：机房选址\n\n新机房选在气候凉爽的北方城市，以降低制冷能耗。\n");
        Files.createSymbolicLink(loop.resolve("back"), loop);
        cases.add(new Case("symbolic-link loop in a folder", "zz-loop/back", "error", "symbolic-link loop"));
        cases.add(new Case("document inside the looping folder", "inside.txt", "ok", null));
        return cases;
    }

    /** Line ends cycle through LF, CRLF and CR. */
    private static String mixLineEnds(String text) {
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder sb = new StringBuilder();
        int k = 0;
        for (String line : text.split("\n", -1)) {
            if (sb.length() > 0 || k > 0)
                sb.append(ends[k % ends.length]);
            sb.append(line);
            k++;
        }
        return sb.toString();
    }

    /** A news-like file of at least {@code bytes} bytes, written in chunks. */
    private static void writeHuge(Path file, long bytes) throws IOException {
        byte[] chunk = FILLER.repeat(4096).getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write("标题：超长文件\n\n".getBytes(StandardCharsets.UTF_8));
            for (long written = 0; written < bytes; written += chunk.length)
                out.write(chunk);
        }
    }
}
