package org.agora.dashboard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.agora.base.ui.PublicUrl;
import org.agora.base.ui.QrCode;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.DeviceLinks.TeacherLink;

/**
 * What the teacher shows a student who lost their device: a code to type at the resume
 * address, and a link with its QR code; either gives a new device the student's place, once.
 */
class NewDeviceDialog extends Dialog {

    /** The student screen where a code is typed; it lives in another feature, so it is named by its path. */
    static final String RESUME_ROUTE = "resume";

    NewDeviceDialog(String studentName, TeacherLink link, ZoneId zone) {
        setId("new-device-dialog");
        setHeaderTitle(getTranslation("students.new-device.title"));
        setWidth("min(30rem, 100%)");

        String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone)
                .format(link.expiresAt());
        Span name = new Span(studentName);
        name.getElement().setAttribute("dir", "auto");
        Paragraph how = new Paragraph(
                name, new Span(getTranslation("students.new-device.text", DeviceLinks.LIFETIME.toMinutes(), until)));
        how.setId("place-code-text");

        Span code = new Span(link.code());
        code.setId("place-code");
        code.addClassName("agora-code");
        TextField typeAt = field("place-code-address", "students.new-device.type-at", PublicUrl.base() + RESUME_ROUTE);
        String address = PublicUrl.base() + RESUME_ROUTE + "/" + link.token();
        TextField open = field("place-link", "students.new-device.address", address);
        add(how, code, typeAt, QrCode.image(address, getTranslation("students.new-device.qr")), open);

        Button done = new Button(getTranslation("students.new-device.close"), click -> close());
        done.setId("close-new-device");
        getFooter().add(done);
    }

    private TextField field(String id, String labelKey, String value) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setReadOnly(true);
        field.setWidthFull();
        return field;
    }
}
