## Apply

apply-doc-cv = CV
apply-doc-licence = Medical licence
apply-doc-diploma = Diploma
apply-doc-language_certificate = Language certificate
apply-doc-other = Other document
