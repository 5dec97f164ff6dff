# runner: rules come with the component
