package org.agora.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.agora.base.ui.PublicUrl;
import org.agora.base.ui.QrCode;
import org.agora.classroom.DeviceLinks;
import org.agora.classroom.DeviceLinks.DeviceLink;

/** Shows a fresh link, and its QR code, that opens this student's place on another device. */
class DeviceLinkDialog extends Dialog {

    DeviceLinkDialog(DeviceLinks links, String resumeToken, ZoneId zone) {
        DeviceLink link = links.create(resumeToken);
        String address = PublicUrl.base() + "resume/" + link.token();
        setId("device-link-dialog");
        setHeaderTitle(getTranslation("device.link.title"));
        setWidth("min(28rem, 100%)");

        TextField field = new TextField(getTranslation("device.link.address"));
        field.setId("device-link");
        field.setValue(address);
        field.setReadOnly(true);
        field.setWidthFull();
        String until = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(zone)
                .format(link.expiresAt());
        Paragraph how = new Paragraph(getTranslation("device.link.text", DeviceLinks.LIFETIME.toMinutes(), until));
        how.setId("device-link-text");
        add(how, QrCode.image(address, getTranslation("device.link.qr")), field);

        Button done = new Button(getTranslation("device.link.close"), click -> close());
        done.setId("close-device-link");
        getFooter().add(done);
    }
}
