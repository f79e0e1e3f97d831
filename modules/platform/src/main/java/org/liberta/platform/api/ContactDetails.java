package org.liberta.platform.api;

import java.util.regex.Pattern;

/**
 * The shape of phone numbers and e-mail addresses Liberta stores: phones in E.164 (+8801712345678), so SMS
 * gateways take them as they are; e-mail addresses in RFC 5322's common form (dot-atom local part, a domain
 * with a dot), which is what mail servers accept in practice.
 */
public final class ContactDetails {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private ContactDetails() {
    }

    /** A phone as typed ("+880 1712-345678") without spaces, dashes and brackets; not validated. */
    public static String normalisePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s().-]", "");
    }

    public static boolean isE164(String phone) {
        return phone != null && E164.matcher(normalisePhone(phone)).matches();
    }

    public static boolean isEmail(String email) {
        return email != null && email.length() <= 254 && EMAIL.matcher(email.strip()).matches();
    }
}
