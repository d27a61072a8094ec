package org.airace.kg.annotate;

/**
 * Reported speech.
 *
 * @param span        the reported words (without the quotation marks)
 * @param cue         the reporting verb as written (表示, 說, 指出 ...)
 * @param cueSpan     where the cue stands
 * @param speaker     the mention of the entity who speaks; when the text names the speaker by pronoun
 *                    or surname, the earlier mention it resolves to. Null when not resolved to an entity.
 * @param speakerText the speaker as written at the quote (他, 專家, 卡爾和米特), or null
 * @param direct      the words are in quotation marks
 */
public record Quote(Span span, String text, String cue, Span cueSpan, EntityMention speaker, String speakerText, boolean direct) {}
