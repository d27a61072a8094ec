package org.airace.kg.annotate.entity;

/**
 * Decides, for one mention of a name shared by a lab and its model, which is meant: a model word
 * after it (模型, R1, 聊天机器人) or a use verb before it (使用, 下载, 开源) means the model; a company
 * word after it (公司, 创办人, 团队) means the organisation; otherwise the organisation.
 */
final class MakerOrModel {

    private final EntityCues cues;

    MakerOrModel(EntityCues cues) {
        this.cues = cues;
    }

    boolean isModel(String normalized, int begin, int end) {
        int after = skip(normalized, end);
        if (EntityCues.wordAt(normalized, after, cues.orgAfter) != null) return false;
        String model = EntityCues.wordAt(normalized, after, cues.modelAfter);
        if (model != null) {
            // "DeepSeek Rx" counts only when the cue is not the start of a longer Latin word.
            int e = after + model.length();
            if (!(LexiconMatcher.isWordChar(model.charAt(model.length() - 1)) && e < normalized.length()
                    && Character.isLetter(normalized.charAt(e)))) {
                return true;
            }
        }
        if (normalized.startsWith("的", after) && EntityCues.wordAt(normalized, after + 1, cues.modelAfter) != null) {
            return true;
        }
        int before = begin;
        while (before > 0 && normalized.charAt(before - 1) == ' ') before--;
        return EntityCues.wordEndingAt(normalized, before, cues.modelBefore) != null;
    }

    private static int skip(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '-')) i++;
        return i;
    }
}
