package org.liberta.training.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.liberta.platform.api.NotFoundException;
import org.liberta.training.internal.application.CertificateService;
import org.liberta.training.internal.application.CertificateService.Verification;

/** The public page where anyone checks a certificate's code: name, course, date and whether it is valid. */
@Named("certificateCheck")
@ViewScoped
public class CertificateCheckView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CertificateService certificates;

    private String code;
    private Verification result;
    private boolean checked;

    public void check() {
        result = null;
        checked = code != null && !code.isBlank();
        if (checked) {
            try {
                result = certificates.verify(code);
            } catch (NotFoundException e) {
                result = null;
            }
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getResult() {
        return result;
    }

    public boolean isChecked() {
        return checked;
    }
}
